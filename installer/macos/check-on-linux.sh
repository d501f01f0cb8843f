#!/usr/bin/env bash
# What Linux can check of the macOS packaging (installer/macos), without a Mac:
#  1. MacOS.cmake against the real targets: a real configure of this tree includes it at the end
#     (CMAKE_PROJECT_INCLUDE + cmake_language(DEFER)); the bundle's name, Info.plist, icon location
#     and run paths are read back from the targets.
#  2. Info.plist: the template after MacOS.cmake and after CMake's own bundle step must be a valid
#     property list with the expected keys (Python's plistlib).
#  3. The install-time completion: a small project with stand-ins (a fake bundle and programs, a
#     fake macdeployqt and codesign) runs deploy-macos.cmake with Qt 6.4's own deploy functions;
#     the bundle is checked. The disk image itself (CPack DragNDrop, hdiutil) exists only on macOS.
# Needs cmake, ninja, python3 and Qt 6 (scripts/install-deps.sh).
# Usage: installer/macos/check-on-linux.sh [work-dir]   (default: a new temporary folder)
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d /tmp/dexdesk-macos-check.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
rm -rf "$work/real" "$work/fakes" "$work/stand-in" "$work/stand-in-build" "$work/prefix" "$work/tools.log"
for tool in cmake ninja python3; do
  command -v $tool >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
qt_deploy_support=$(ls /usr/lib/*/cmake/Qt6Core/Qt6CoreDeploySupport.cmake 2>/dev/null | head -1)
[ -n "$qt_deploy_support" ] || { echo "missing Qt 6 (qt6-base-dev)" >&2; exit 2; }
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_file() { if [ -e "$1" ]; then pass "$2"; else fail "$2 ($1 missing)"; fi; }
expect_no_file() { if [ ! -e "$1" ]; then pass "$2"; else fail "$2 ($1 present)"; fi; }
expect_grep() { if grep -qF -- "$1" "$2"; then pass "$3"; else fail "$3 ('$1' not in $2)"; fi; }
echo "Work folder: $work"

check_plist() { # file expected-executable
  python3 - "$1" "$2" <<'EOF'
import plistlib, sys
p = plistlib.load(open(sys.argv[1], 'rb'))
want = {'CFBundleExecutable': sys.argv[2], 'CFBundleIdentifier': 'org.dexdesk.DexDesk',
        'CFBundleName': 'DEX Desk', 'CFBundlePackageType': 'APPL', 'CFBundleIconFile': 'dexdesk.icns',
        'LSMinimumSystemVersion': '11.0', 'NSHighResolutionCapable': True}
bad = {k: p.get(k) for k, v in want.items() if p.get(k) != v}
for k in ('CFBundleShortVersionString', 'CFBundleVersion', 'NSHumanReadableCopyright'):
    if not p.get(k):
        bad[k] = None
if bad:
    sys.exit(f"unexpected Info.plist values: {bad}")
print(f"Info.plist: {p['CFBundleName']} {p['CFBundleShortVersionString']} ({p['CFBundleIdentifier']})")
EOF
}

# ---- 1. MacOS.cmake against the real targets ----------------------------------------------------
mkdir -p "$work/real"
cat > "$work/real/project-include.cmake" <<EOF
cmake_language(DEFER DIRECTORY \${CMAKE_SOURCE_DIR} CALL include "$work/real/at-end.cmake")
EOF
cat > "$work/real/at-end.cmake" <<EOF
include("$src/installer/macos/MacOS.cmake")
get_target_property(name dexdesk OUTPUT_NAME)
get_target_property(plist dexdesk MACOSX_BUNDLE_INFO_PLIST)
get_target_property(sources dexdesk SOURCES)
get_source_file_property(location "$src/resources/icons/dexdesk.icns" TARGET_DIRECTORY dexdesk MACOSX_PACKAGE_LOCATION)
set(rpaths "")
foreach(t dexdesk dexdesk-cli dexdesk-sim)
  get_target_property(rpath \${t} INSTALL_RPATH)
  list(APPEND rpaths "\${t}=\${rpath}")
endforeach()
file(WRITE "$work/real/targets.txt" "name=\${name}\nplist=\${plist}\nsources=\${sources}\nicns=\${location}\nrpaths=\${rpaths}\n")
EOF
if cmake -S "$src" -B "$work/real/build" -G Ninja -DDEXDESK_BUILD_TESTS=OFF -DDEXDESK_BUILD_BENCH=OFF \
     -DCMAKE_PROJECT_INCLUDE="$work/real/project-include.cmake" > "$work/real/configure.log" 2>&1; then
  pass "real tree configures and generates with MacOS.cmake included"
else
  fail "real tree with MacOS.cmake: see $work/real/configure.log"
fi
if grep -q "CMake Warning" "$work/real/configure.log"; then fail "warnings in $work/real/configure.log"; else pass "no CMake warnings"; fi
expect_grep "name=DEX Desk" "$work/real/targets.txt" "the bundle is DEX Desk.app"
expect_grep "dexdesk.icns" <(grep '^sources=' "$work/real/targets.txt") "dexdesk.icns is a source of the bundle"
expect_grep "icns=Resources" "$work/real/targets.txt" "dexdesk.icns goes to Contents/Resources"
expect_grep "dexdesk=@executable_path/../Frameworks;dexdesk-cli=@executable_path/../Frameworks;dexdesk-sim=@executable_path/../Frameworks" \
  "$work/real/targets.txt" "the three programs find Qt in Contents/Frameworks"

# ---- 2. Info.plist, after CMake's bundle step ---------------------------------------------------
plist_template=$(sed -n 's/^plist=//p' "$work/real/targets.txt")
# CMake configures the template for the bundle with the MACOSX_BUNDLE_* values (not @ONLY).
cat > "$work/real/bundle-plist.cmake" <<EOF
set(MACOSX_BUNDLE_EXECUTABLE_NAME "DEX Desk")
configure_file("$plist_template" "$work/real/Info.plist")
EOF
cmake -P "$work/real/bundle-plist.cmake"
if check_plist "$work/real/Info.plist" "DEX Desk"; then pass "Info.plist is valid with the expected keys"; else fail "Info.plist"; fi

# ---- 3. Install-time completion with stand-ins -------------------------------------------------
fakes="$work/fakes"
mkdir -p "$fakes/DEX Desk.app/Contents/MacOS" "$fakes/qt/plugins/sqldrivers" "$fakes/qt/plugins/tls" "$fakes/path"
echo exe > "$fakes/DEX Desk.app/Contents/MacOS/DEX Desk"
cp "$work/real/Info.plist" "$fakes/DEX Desk.app/Contents/Info.plist"
for t in dexdesk-cli dexdesk-sim; do echo exe > "$fakes/$t"; done
chmod +x "$fakes/DEX Desk.app/Contents/MacOS/DEX Desk" "$fakes/dexdesk-cli" "$fakes/dexdesk-sim"
echo so > "$fakes/qt/plugins/sqldrivers/libqsqlite.dylib"
echo so > "$fakes/qt/plugins/tls/libqsecuretransportbackend.dylib"
cat > "$fakes/macdeployqt" <<EOF
#!/bin/bash
# Stand-in for macdeployqt: records its command line, checks its arguments and lays out what
# macdeployqt would, except the TLS back end (the deploy script must copy it from Qt).
echo "macdeployqt \$*" >> "$work/tools.log"
bundle=\$1; shift
[ -d "\$bundle/Contents/MacOS" ] || { echo "macdeployqt: no bundle \$bundle" >&2; exit 1; }
for a in "\$@"; do case "\$a" in
  -executable=*) f=\${a#-executable=}; [ -f "\$f" ] || { echo "macdeployqt: no executable \$f" >&2; exit 1; }
                 case "\$f" in "\$PWD/\$bundle/Contents/MacOS/"*) ;; *) echo "macdeployqt: \$f is outside the bundle" >&2; exit 1;; esac;;
  -always-overwrite|-appstore-compliant|-verbose=*) ;; *) echo "macdeployqt: unknown option \$a" >&2; exit 1;; esac; done
c="\$bundle/Contents"
mkdir -p "\$c/Frameworks/QtCore.framework/Versions/A" "\$c/PlugIns"/{platforms,sqldrivers} "\$c/Resources"
echo fw > "\$c/Frameworks/QtCore.framework/Versions/A/QtCore"; echo lib > "\$c/Frameworks/libqt6keychain.1.dylib"
for p in platforms/libqcocoa sqldrivers/libqsqlite sqldrivers/libqsqlodbc sqldrivers/libqsqlpsql sqldrivers/libqsqlmysql; do
  echo so > "\$c/PlugIns/\$p.dylib"; done
printf '[Paths]\nPlugins = PlugIns\n' > "\$c/Resources/qt.conf"
EOF
cat > "$fakes/path/codesign" <<EOF
#!/bin/bash
echo "codesign \$*" >> "$work/tools.log"
EOF
chmod +x "$fakes/macdeployqt" "$fakes/path/codesign"
cat > "$fakes/QtDeploySupport.cmake" <<EOF
# Qt 6.4's generated QtDeploySupport.cmake as on macOS, with the stand-in macdeployqt; the deploy
# functions are Qt 6.4's own.
set(QT_DEPLOY_BIN_DIR bin)
set(QT_DEPLOY_LIB_DIR lib)
set(QT_DEPLOY_PLUGINS_DIR plugins)
set(QT_DEPLOY_QML_DIR qml)
set(QT_DEPLOY_PREFIX "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}")
set(__QT_DEPLOY_SYSTEM_NAME Darwin)
set(__QT_DEPLOY_IS_SHARED_LIBS_BUILD ON)
set(__QT_DEPLOY_TOOL "$fakes/macdeployqt")
set(__QT_DEFAULT_MAJOR_VERSION 6)
include("$qt_deploy_support")
EOF
mkdir -p "$work/stand-in/resources/icons"
cp "$src/resources/icons/dexdesk.icns" "$work/stand-in/resources/icons/"
echo 'int main(void) { return 0; }' > "$work/stand-in/stub.c"
cat > "$work/stand-in/CMakeLists.txt" <<EOF
# The programs' targets (never built) and what the real tree installs on macOS (the bundle, and
# dexdesk-cli and dexdesk-sim in bin/), with stand-ins; then installer/CMakeLists.txt's APPLE branch.
cmake_minimum_required(VERSION 3.25)
project(DexDesk VERSION 0.1.0 DESCRIPTION "Real-time data exchange with the state education agency" LANGUAGES C)
include(GNUInstallDirs)
foreach(p dexdesk dexdesk-cli dexdesk-sim)
  add_executable(\${p} EXCLUDE_FROM_ALL stub.c)
endforeach()
set_target_properties(dexdesk PROPERTIES MACOSX_BUNDLE ON)
install(DIRECTORY "$fakes/DEX Desk.app" DESTINATION . USE_SOURCE_PERMISSIONS)
install(PROGRAMS "$fakes/dexdesk-cli" "$fakes/dexdesk-sim" DESTINATION \${CMAKE_INSTALL_BINDIR})
set(QT6_INSTALL_PREFIX "$fakes/qt")
set(QT6_INSTALL_PLUGINS plugins)
set(QT_DEPLOY_SUPPORT "$fakes/QtDeploySupport.cmake")
include("$src/installer/macos/MacOS.cmake")
set(CPACK_PACKAGE_NAME dexdesk)
set(CPACK_PACKAGE_VERSION \${PROJECT_VERSION})
include(CPack)
EOF
build="$work/stand-in-build" prefix="$work/prefix"
if cmake -S "$work/stand-in" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release > "$work/stand-in-configure.log" 2>&1; then
  pass "stand-in project configures"
else
  fail "stand-in configure: see $work/stand-in-configure.log"
fi
if PATH="$fakes/path:$PATH" cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1; then
  pass "install with deployment"
else
  fail "install: see $work/install.log"
fi
app="$prefix/DEX Desk.app"
expect_grep "macdeployqt DEX Desk.app -always-overwrite -executable=$app/Contents/MacOS/dexdesk-cli -executable=$app/Contents/MacOS/dexdesk-sim" \
  "$work/tools.log" "macdeployqt runs once for the bundle and the two programs inside it"
expect_grep "codesign --force --deep --sign - $app" "$work/tools.log" "the bundle is signed (ad hoc by default)"
expect_grep "codesign --verify --deep --strict $app" "$work/tools.log" "the signature is verified"
for f in Contents/MacOS/dexdesk-cli Contents/MacOS/dexdesk-sim Contents/PlugIns/sqldrivers/libqsqlite.dylib \
         Contents/PlugIns/sqldrivers/libqsqlpsql.dylib Contents/PlugIns/tls/libqsecuretransportbackend.dylib; do
  expect_file "$app/$f" "DEX Desk.app/$f"
done
for f in Contents/PlugIns/sqldrivers/libqsqlodbc.dylib Contents/PlugIns/sqldrivers/libqsqlmysql.dylib; do
  expect_no_file "$app/$f" "unused driver $f removed"
done
expect_no_file "$prefix/bin" "nothing left beside the bundle"
if check_plist "$app/Contents/Info.plist" "DEX Desk" > /dev/null; then pass "installed Info.plist"; else fail "installed Info.plist"; fi

rm -rf "$prefix" "$work/tools.log"
cmake -S "$work/stand-in" -B "$build" "-DDEXDESK_MACOS_CODESIGN_IDENTITY=Developer ID Application: Example (ABCDE12345)" > /dev/null
PATH="$fakes/path:$PATH" cmake --install "$build" --prefix "$prefix" > "$work/install-developer-id.log" 2>&1 || true
expect_grep "codesign --force --deep --sign Developer ID Application: Example (ABCDE12345) --options runtime --timestamp $app" \
  "$work/tools.log" "a Developer ID signature uses the hardened runtime and a timestamp"

echo
if [ $failures -eq 0 ]; then echo "All macOS packaging checks passed ($work)."; else echo "$failures check(s) failed ($work)."; exit 1; fi
