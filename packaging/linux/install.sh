#!/bin/sh
# Installs ANMC Desktop for this user, where the desktop finds it (no root needed):
#   ~/.local/lib/anmc-desktop/      the app (replaced on every install)
#   ~/.local/bin/anmc-desktop       the command
#   ~/.local/share/applications, metainfo, icons/hicolor   the menu entry and its icon
# Run it from the unpacked folder: ./install.sh   (./install.sh --uninstall removes it)
# PREFIX=/some/where ./install.sh installs under another prefix instead of ~/.local.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
app_id=org.anmc21.AnmcDesktop
app="$prefix/lib/anmc-desktop"
data="$prefix/share"

remove() {
  rm -rf "$app"
  rm -f "$prefix/bin/anmc-desktop" "$data/applications/$app_id.desktop" \
    "$data/metainfo/$app_id.metainfo.xml" "$data/icons/hicolor/scalable/apps/$app_id.svg"
  for icon in "$data"/icons/hicolor/*/apps/"$app_id.png"; do rm -f "$icon"; done
}

refresh_desktop() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
}

if [ "${1:-}" = --uninstall ]; then
  remove
  refresh_desktop
  echo "ANMC Desktop removed from $prefix (your meetings stay in your data folder)."
  exit 0
fi

remove
mkdir -p "$prefix/lib" "$prefix/bin" "$data/applications" "$data/metainfo"
cp -R "$here/anmc-desktop" "$app"
ln -s "$app/anmc-desktop" "$prefix/bin/anmc-desktop"
# The menu may not have ~/.local/bin on its PATH: the entry names the program itself.
sed "s|^Exec=anmc-desktop|Exec=$app/anmc-desktop|" "$here/share/applications/$app_id.desktop" \
  > "$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons" "$data/"
refresh_desktop
echo "ANMC Desktop $(cat "$here/VERSION") installed: find it in the menu, or run $prefix/bin/anmc-desktop"
