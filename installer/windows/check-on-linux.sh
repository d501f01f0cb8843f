#!/usr/bin/env bash
# What Linux can check of the Windows packaging (installer/windows), without MSVC or Qt for Windows:
#  1. Windows.cmake against the real targets: a real configure of this tree includes it at the end
#     (CMAKE_PROJECT_INCLUDE + cmake_language(DEFER)), with MinGW's windres as resource compiler;
#     the three .rc files must compile and be linked into the three programs.
#  2. The install-time deployment: a small project with stand-ins (PE programs and DLLs made with
#     MinGW binutils, a fake windeployqt) runs deploy-windows.cmake with Qt 6.4's own deploy
#     functions; the installed tree is checked, and a missing DLL must fail the install.
#  3. CPack: the NSIS installer (compiled by Debian's makensis) and the ZIP of that tree.
# Needs the Debian packages nsis and binutils-mingw-w64-x86-64, and Qt 6 (scripts/install-deps.sh).
# Usage: installer/windows/check-on-linux.sh [work-dir]   (default: a new temporary folder)
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d /tmp/dexdesk-windows-check.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
rm -rf "$work/real" "$work/fakes" "$work/stand-in" "$work/stand-in-build" "$work/prefix" "$work/tools.log"
for tool in makensis x86_64-w64-mingw32-windres x86_64-w64-mingw32-as x86_64-w64-mingw32-ld x86_64-w64-mingw32-objdump cmake ninja cpp; do
  command -v $tool >/dev/null || { echo "missing $tool (apt-get install nsis binutils-mingw-w64-x86-64 cmake ninja-build cpp)" >&2; exit 2; }
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

# ---- 1. Windows.cmake against the real targets ------------------------------------------------
mkdir -p "$work/real"
cat > "$work/real/project-include.cmake" <<EOF
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
enable_language(RC)
set(CMAKE_RC_COMPILE_OBJECT "<CMAKE_RC_COMPILER> <DEFINES> <INCLUDES> <FLAGS> --preprocessor=cpp -O coff -i <SOURCE> -o <OBJECT>")
cmake_language(DEFER DIRECTORY \${CMAKE_SOURCE_DIR} CALL include "$src/installer/windows/Windows.cmake")
EOF
if cmake -S "$src" -B "$work/real/build" -G Ninja -DDEXDESK_BUILD_TESTS=OFF -DDEXDESK_BUILD_BENCH=OFF \
     -DCMAKE_PROJECT_INCLUDE="$work/real/project-include.cmake" > "$work/real/configure.log" 2>&1; then
  pass "real tree configures and generates with Windows.cmake included"
else
  fail "real tree with Windows.cmake: see $work/real/configure.log"
fi
if grep -n "CMake Warning" "$work/real/configure.log" | grep -q .; then fail "warnings in $work/real/configure.log"; else pass "no CMake warnings"; fi
for program in dexdesk dexdesk-cli dexdesk-sim; do
  rc=$(find "$work/real/build" -name "$program.rc" | head -1)
  if x86_64-w64-mingw32-windres --preprocessor=cpp -O coff -i "$rc" -o "$rc.res" 2> "$rc.log"; then
    x86_64-w64-mingw32-windres -J coff -i "$rc.res" -O rc > "$rc.res.txt" 2>/dev/null
    expect_grep '"IDI_ICON1"' "$rc.res.txt" "$program.rc compiles and carries the icon"
    expect_grep "VALUE \"OriginalFilename\", \"$program.exe\"" "$rc.res.txt" "$program.rc carries the version information"
  else
    fail "$program.rc does not compile (see $rc.log)"
  fi
  expect_grep "$program.rc.res" <(grep "^build [^:]*/$program: CXX_EXECUTABLE_LINKER" "$work/real/build/build.ninja") \
    "$program links its resources"
done
expect_grep "dexdesk.ico" <(grep "^build [^:]*dexdesk.rc.res:" "$work/real/build/build.ninja") "the resources depend on dexdesk.ico"

# ---- 2. Install-time deployment with stand-ins --------------------------------------------------
fakes="$work/fakes"
mkdir -p "$fakes/src" "$fakes/qt/bin" "$fakes/qt/plugins/sqldrivers" "$fakes/qt/plugins/tls" "$fakes/keychain/bin" "$fakes/vcpkg/bin"
cd "$fakes/src"
dll() { # name symbol output [called symbols…]
  local name=$1 sym=$2 out=$3; shift 3
  { echo '.section .drectve'; echo "  .ascii \" -export:$sym\""; echo '.text'; echo ".globl $sym"; echo "$sym:"
    for d in "$@"; do echo "  call $d"; done; echo '  ret'; } > $name.s
  x86_64-w64-mingw32-as $name.s -o $name.o
  x86_64-w64-mingw32-ld --dll -e $sym -o "$out" $name.o "${libs[@]}"
}
# Windows looks DLL names up without regard to case; Linux does not, so the stand-ins are lower case.
libs=(); dll zlib1 zfunc "$fakes/vcpkg/bin/zlib1.dll"
libs=(); dll qt6core qfunc "$fakes/qt/bin/qt6core.dll"
libs=("$fakes/vcpkg/bin/zlib1.dll"); dll archive afunc "$fakes/vcpkg/bin/archive.dll" zfunc
libs=("$fakes/qt/bin/qt6core.dll"); dll qt6keychain kfunc "$fakes/keychain/bin/qt6keychain.dll" qfunc
for exe in dexdesk dexdesk-cli dexdesk-sim; do
  printf '.text\n.globl main\nmain:\n  call afunc\n  call kfunc\n  call qfunc\n  ret\n' > $exe.s
  x86_64-w64-mingw32-as $exe.s -o $exe.o
  x86_64-w64-mingw32-ld -e main -o "$fakes/$exe.exe" $exe.o "$fakes/vcpkg/bin/archive.dll" \
    "$fakes/keychain/bin/qt6keychain.dll" "$fakes/qt/bin/qt6core.dll"
done
cp "$fakes/vcpkg/bin/zlib1.dll" "$fakes/qt/plugins/sqldrivers/qsqlite.dll"
cp "$fakes/vcpkg/bin/zlib1.dll" "$fakes/qt/plugins/tls/qschannelbackend.dll"
cat > "$fakes/windeployqt" <<EOF
#!/bin/bash
# Stand-in for windeployqt: records its command line and lays out what windeployqt would,
# except the TLS back end (the deploy script must copy it from Qt).
echo "windeployqt \$*" >> "$work/tools.log"
dir=. libdir= plugindir= bins=()
while [ \$# -gt 0 ]; do case "\$1" in
  --dir) dir=\$2; shift 2;; --libdir) libdir=\$2; shift 2;; --plugindir) plugindir=\$2; shift 2;;
  --force) shift;; --verbose) shift 2;; -*) echo "windeployqt: unknown option \$1" >&2; exit 1;;
  *) bins+=("\$1"); shift;; esac; done
for b in "\${bins[@]}"; do [ -f "\$b" ] || { echo "windeployqt: no binary \$b" >&2; exit 1; }; done
mkdir -p "\$libdir" "\$plugindir"/{platforms,styles,sqldrivers} "\$dir/translations"
cp "$fakes/qt/bin/qt6core.dll" "\$libdir/"
for p in platforms/qwindows styles/qwindowsvistastyle sqldrivers/qsqlite sqldrivers/qsqlodbc sqldrivers/qsqlpsql sqldrivers/qsqlmysql; do
  cp "$fakes/vcpkg/bin/zlib1.dll" "\$plugindir/\$p.dll"; done
echo qm > "\$dir/translations/qt_en.qm"
EOF
chmod +x "$fakes/windeployqt"
cat > "$fakes/QtDeploySupport.cmake" <<EOF
# Qt 6.4's generated QtDeploySupport.cmake as on Windows, with the stand-in windeployqt; the deploy
# functions are Qt 6.4's own.
set(QT_DEPLOY_BIN_DIR bin)
set(QT_DEPLOY_LIB_DIR lib)
set(QT_DEPLOY_PLUGINS_DIR plugins)
set(QT_DEPLOY_QML_DIR qml)
set(QT_DEPLOY_PREFIX "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}")
set(__QT_DEPLOY_SYSTEM_NAME Windows)
set(__QT_DEPLOY_IS_SHARED_LIBS_BUILD ON)
set(__QT_DEPLOY_TOOL "$fakes/windeployqt")
set(__QT_DEFAULT_MAJOR_VERSION 6)
include("$qt_deploy_support")
EOF
mkdir -p "$work/stand-in/resources/icons"
cp "$src/resources/icons/dexdesk.ico" "$work/stand-in/resources/icons/"
echo 'int main(void) { return 0; }' > "$work/stand-in/stub.c"
cat > "$work/stand-in/CMakeLists.txt" <<EOF
# The programs' targets (never built) and what the real tree installs, with PE stand-ins; then
# installer/CMakeLists.txt's WIN32 branch.
cmake_minimum_required(VERSION 3.25)
project(DexDesk VERSION 0.1.0 DESCRIPTION "Real-time data exchange with the state education agency" LANGUAGES C)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
enable_language(RC)
set(CMAKE_RC_COMPILE_OBJECT "<CMAKE_RC_COMPILER> <DEFINES> <INCLUDES> <FLAGS> --preprocessor=cpp -O coff -i <SOURCE> -o <OBJECT>")
include(GNUInstallDirs)
set(CMAKE_EXECUTABLE_SUFFIX .exe)
foreach(p dexdesk dexdesk-cli dexdesk-sim)
  add_executable(\${p} EXCLUDE_FROM_ALL stub.c)
  install(PROGRAMS "$fakes/\${p}.exe" DESTINATION \${CMAKE_INSTALL_BINDIR})
endforeach()
add_library(Qt6::Core SHARED IMPORTED)
set_target_properties(Qt6::Core PROPERTIES IMPORTED_LOCATION "$fakes/qt/bin/qt6core.dll")
add_library(qt6keychain SHARED IMPORTED)
set_target_properties(qt6keychain PROPERTIES IMPORTED_LOCATION "$fakes/keychain/bin/qt6keychain.dll")
set(QT6_INSTALL_PREFIX "$fakes/qt")
set(QT6_INSTALL_PLUGINS plugins)
set(QT_DEPLOY_SUPPORT "$fakes/QtDeploySupport.cmake")
set(CMAKE_OBJDUMP /usr/bin/x86_64-w64-mingw32-objdump)
include("$src/installer/windows/Windows.cmake")
set(CPACK_PACKAGE_NAME dexdesk)
set(CPACK_PACKAGE_VENDOR "DEX Desk")
set(CPACK_PACKAGE_VERSION \${PROJECT_VERSION})
include(CPack)
EOF
build="$work/stand-in-build" prefix="$work/prefix"
if cmake -S "$work/stand-in" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release > "$work/stand-in-configure.log" 2>&1; then
  pass "stand-in project configures (archive.dll's folder not yet given)"
else
  fail "stand-in configure: see $work/stand-in-configure.log"
fi
if cmake --install "$build" --prefix "$prefix" > "$work/install-missing-dll.log" 2>&1; then
  fail "install without archive.dll's folder should fail"
else
  expect_grep "the programs need archive.dll" "$work/install-missing-dll.log" "a DLL found nowhere fails the install, by name"
fi
rm -rf "$prefix" "$work/tools.log"
cmake -S "$work/stand-in" -B "$build" -DDEXDESK_WINDOWS_EXTRA_DLL_DIRS="$fakes/vcpkg/bin" > /dev/null
if cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1; then
  pass "install with deployment"
else
  fail "install: see $work/install.log"
fi
expect_grep "windeployqt bin/dexdesk.exe --dir . --libdir bin --plugindir plugins --force bin/dexdesk-cli.exe bin/dexdesk-sim.exe" \
  "$work/tools.log" "windeployqt runs once for the three programs"
expect_grep "Prefix = .." "$prefix/bin/qt.conf" "bin/qt.conf points Qt at the install folder"
for f in bin/qt6core.dll bin/qt6keychain.dll bin/archive.dll bin/zlib1.dll plugins/sqldrivers/qsqlite.dll \
         plugins/sqldrivers/qsqlpsql.dll plugins/tls/qschannelbackend.dll plugins/platforms/qwindows.dll; do
  expect_file "$prefix/$f" "installed $f"
done
for f in plugins/sqldrivers/qsqlodbc.dll plugins/sqldrivers/qsqlmysql.dll; do
  expect_no_file "$prefix/$f" "unused driver $f removed"
done

# ---- 3. CPack: NSIS and ZIP ----------------------------------------------------------------------
if (cd "$build" && cpack -G "NSIS;ZIP" > "$work/cpack.log" 2>&1); then
  pass "cpack -G NSIS;ZIP (makensis $(makensis -VERSION))"
else
  fail "cpack: see $work/cpack.log and $build/_CPack_Packages/*/NSIS/NSISOutput.log"
fi
installer=$(ls "$build"/dexdesk-0.1.0-*.exe 2>/dev/null | head -1)
if [ -n "$installer" ] && file "$installer" | grep -q "Nullsoft Installer"; then pass "NSIS installer $installer"; else fail "no NSIS installer"; fi
zip=$(ls "$build"/dexdesk-0.1.0-*.zip 2>/dev/null | head -1)
if [ -n "$zip" ] && unzip -l "$zip" | grep -q "bin/dexdesk.exe"; then pass "ZIP $zip"; else fail "no ZIP with bin/dexdesk.exe"; fi
nsi=$(ls "$build"/_CPack_Packages/*/NSIS/project.nsi 2>/dev/null | head -1)
if [ -n "$nsi" ]; then
  expect_grep 'InstallDir "$PROGRAMFILES64\DEX Desk"' "$nsi" "installs to Program Files\\DEX Desk"
  expect_grep '!define MUI_ICON' "$nsi" "installer icon"
  expect_grep 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\DEX Desk.lnk" "$INSTDIR\bin\dexdesk.exe"' "$nsi" "Start menu shortcut"
  expect_grep "DEX Desk Demo.lnk' '\$INSTDIR\bin\dexdesk.exe' '--demo'" "$nsi" "Start menu shortcut to the demo"
  expect_grep 'WriteUninstaller "$INSTDIR\Uninstall DEX Desk.exe"' "$nsi" "uninstaller"
  expect_grep 'Push "$INSTDIR\bin\dexdesk.exe"' "$nsi" "Apps & features icon"
  expect_grep 'Push $INSTDIR\bin' "$nsi" "PATH option adds bin"
fi

echo
if [ $failures -eq 0 ]; then echo "All Windows packaging checks passed ($work)."; else echo "$failures check(s) failed ($work)."; exit 1; fi
