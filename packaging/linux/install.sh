#!/bin/sh
# Install the built Roundtable (make package) for the current user, with its menu entry,
# icon and AppStream metadata; `install.sh --uninstall` takes it all out again.
#
#   PREFIX           where to install (default: ~/.local)
#   DIST             the built folder (default: dist/roundtable beside this repository)
#   SCREENSHOTS_URL  the web folder holding resources/screenshots/*.png; without it the
#                    metadata has no screenshots (AppStream takes only web addresses)
#
# The data folder is not touched: uninstalling keeps every session.
set -eu

APP_ID=dk.roundtable.Roundtable
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DIST=${DIST:-$here/../../dist/roundtable}
SCREENSHOTS_URL=${SCREENSHOTS_URL:-}

program_dir=$PREFIX/lib/roundtable
launcher=$PREFIX/bin/roundtable
desktop=$PREFIX/share/applications/$APP_ID.desktop
icon=$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg
metainfo=$PREFIX/share/metainfo/$APP_ID.metainfo.xml

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$program_dir"
    rm -f "$launcher" "$desktop" "$icon" "$metainfo"
    echo "Roundtable removed from $PREFIX (its data folder is kept)."
    exit 0
fi

if [ ! -x "$DIST/roundtable" ]; then
    echo "install.sh: no built program in $DIST; run 'make package' first." >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$desktop")" "$(dirname "$icon")" \
    "$(dirname "$metainfo")"
# A new copy beside the old one, then swapped in: a failed copy leaves the old one working.
rm -rf "$program_dir.new"
cp -R "$DIST" "$program_dir.new"
rm -rf "$program_dir"
mv "$program_dir.new" "$program_dir"
ln -sf "$program_dir/roundtable" "$launcher"

# The menu entry starts the program by its full path: ~/.local/bin is not on every
# desktop session's PATH.
sed "s|^Exec=roundtable|Exec=\"$launcher\"|" "$here/$APP_ID.desktop" >"$desktop"
cp "$here/../../resources/icons/roundtable.svg" "$icon"
if [ -n "$SCREENSHOTS_URL" ]; then
    screenshots="s|@SCREENSHOTS_URL@|${SCREENSHOTS_URL%/}|g"
else
    screenshots='/<screenshots>/,/<\/screenshots>/d'
fi
# The template's opening comment is for this repository, not for the installed file.
sed -e '/^<!--$/,/^-->$/d' -e "$screenshots" "$here/$APP_ID.metainfo.xml.in" >"$metainfo"
echo "Roundtable installed in $program_dir; start it from the menu or with $launcher."
