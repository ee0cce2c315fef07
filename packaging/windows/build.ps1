# Builds ANMC Desktop for Windows: dist\anmc-desktop\ (anmc-desktop.exe, the window, and
# anmc-desktop-cli.exe, the commands) and the installer
# dist\anmc-desktop-VERSION-windows-x64-setup.exe (Inno Setup 6's iscc on PATH).
# The fonts come from a Linux build (packaging/collect_fonts.py needs Debian's packages
# and their licences): pass their folder as ANMC_BUNDLE_FONTS (default build\fonts).
# packaging/ci/github-workflow.yml runs this on windows-latest; see packaging/README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not $env:ANMC_BUNDLE_FONTS) { $env:ANMC_BUNDLE_FONTS = "build\fonts" }

$venv = "build\bundle-venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) { python -m venv $venv }
& "$venv\Scripts\python.exe" -m pip install --upgrade pip
& "$venv\Scripts\python.exe" -m pip install ".[bundle]"
& "$venv\Scripts\python.exe" -m pip install --no-deps --force-reinstall .
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath dist `
  --workpath build\pyinstaller packaging\anmc-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$version = (& dist\anmc-desktop\anmc-desktop-cli.exe --version).Split(" ")[1]
iscc "/DAppVersion=$version" packaging\windows\anmc-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
