; Inno Setup 6 script: the Windows installer of ANMC Desktop, made from the PyInstaller
; folder dist\anmc-desktop (packaging/windows/build.ps1 runs it):
;   iscc /DAppVersion=0.1.0 packaging\windows\anmc-desktop.iss
; Installs for the current user without administrator rights (or for all users, if the
; user chooses so), with a Start menu entry, an optional desktop icon and an uninstaller.
#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z anmc-desktop.iss
#endif

[Setup]
AppId={{5C7B1E54-3B8E-4E8B-9A57-2D0A64A1C0DE}
AppName=ANMC Desktop
AppVersion={#AppVersion}
AppVerName=ANMC Desktop {#AppVersion}
AppPublisher=ANMC Desktop developers
DefaultDirName={autopf}\ANMC Desktop
DefaultGroupName=ANMC Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=anmc-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\anmc_desktop\icons\anmc-desktop.ico
UninstallDisplayIcon={app}\anmc-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\anmc-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ANMC Desktop"; Filename: "{app}\anmc-desktop.exe"
Name: "{autodesktop}\ANMC Desktop"; Filename: "{app}\anmc-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\anmc-desktop.exe"; Description: "{cm:LaunchProgram,ANMC Desktop}"; Flags: nowait postinstall skipifsilent
