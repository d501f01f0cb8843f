# macOS packaging: "DEX Desk.app" in a drag-and-drop disk image (CPack DragNDrop), made on a Mac
# (installer/README.md has the commands and says what was and was not checked). Included from
# installer/CMakeLists.txt when APPLE, before include(CPack). installer/ is the last directory the
# top CMakeLists.txt adds, so the program targets exist here and their install rules run before the
# ones below (policy CMP0082 keeps install rules in the order the directories were added).
#
# The disk image holds DEX Desk.app and a link to /Applications. All three programs are inside
# the bundle, so one drag installs them and they share one copy of Qt:
#   DEX Desk.app/Contents/MacOS/DEX Desk                the window (CFBundleExecutable)
#   DEX Desk.app/Contents/MacOS/dexdesk-cli             the command line
#   DEX Desk.app/Contents/MacOS/dexdesk-sim             the agency simulator
#   DEX Desk.app/Contents/Frameworks/                   Qt, QtKeychain, libarchive, …
#   DEX Desk.app/Contents/PlugIns/                      Qt plugins (cocoa, sqldrivers, tls, …)
#   DEX Desk.app/Contents/Resources/dexdesk.icns, qt.conf
# A terminal reaches the command line through a link, e.g.
#   ln -s "/Applications/DEX Desk.app/Contents/MacOS/dexdesk-cli" /usr/local/bin/dexdesk-cli

foreach(program dexdesk dexdesk-cli dexdesk-sim)
  if(NOT TARGET ${program})
    message(FATAL_ERROR "installer/macos/MacOS.cmake needs the target ${program}: "
      "installer/ must be added after app/ and ui/ in the top CMakeLists.txt.")
  endif()
endforeach()

set(DEXDESK_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(DEXDESK_MACOS_BINARY_DIR ${CMAKE_CURRENT_BINARY_DIR}/macos)
set(DEXDESK_ICNS ${PROJECT_SOURCE_DIR}/resources/icons/dexdesk.icns)
set(DEXDESK_MACOS_BUNDLE_ID "org.dexdesk.DexDesk" CACHE STRING
  "CFBundleIdentifier of DEX Desk.app (also the macOS code signing identifier)")
set(DEXDESK_MACOS_CODESIGN_IDENTITY "-" CACHE STRING
  "codesign identity for DEX Desk.app at install time: '-' signs ad hoc (runs on the Mac that built \
it), 'Developer ID Application: …' for a disk image other Macs open; empty: no signing")

# ---- The bundle: name, Info.plist, icon, run path ---------------------------------------------
block() # the helper variables of this section stay here
set(DEXDESK_MACOS_SHORT_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}")
set(DEXDESK_MACOS_BUNDLE_VERSION "${PROJECT_VERSION}")
if(CMAKE_OSX_DEPLOYMENT_TARGET)
  set(DEXDESK_MACOS_MINIMUM_VERSION "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
  set(DEXDESK_MACOS_MINIMUM_VERSION 11.0)
endif()
string(TIMESTAMP year "%Y" UTC) # honours SOURCE_DATE_EPOCH
set(DEXDESK_MACOS_COPYRIGHT "© ${year} DEX Desk")
configure_file(${DEXDESK_MACOS_DIR}/Info.plist.in ${DEXDESK_MACOS_BINARY_DIR}/Info.plist.in @ONLY)

# "DEX Desk.app" rather than dexdesk.app: the name people see in Finder and in /Applications.
# All three executables find Qt in Contents/Frameworks through their run path.
set_target_properties(dexdesk PROPERTIES
  OUTPUT_NAME "DEX Desk"
  MACOSX_BUNDLE_INFO_PLIST ${DEXDESK_MACOS_BINARY_DIR}/Info.plist.in)
set_target_properties(dexdesk dexdesk-cli dexdesk-sim PROPERTIES
  INSTALL_RPATH "@executable_path/../Frameworks")

if(EXISTS ${DEXDESK_ICNS})
  # Copied into Contents/Resources when the bundle is built; CFBundleIconFile names it.
  target_sources(dexdesk PRIVATE ${DEXDESK_ICNS})
  set_source_files_properties(${DEXDESK_ICNS} TARGET_DIRECTORY dexdesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
else()
  message(WARNING "${DEXDESK_ICNS} is missing: DEX Desk.app and its disk image get no icon. "
    "Re-run CMake once it exists.")
endif()
endblock()

# ---- Qt and the other libraries, deployed at install time -------------------------------------
# macdeployqt runs through Qt's deploy support (QT_DEPLOY_SUPPORT, qt_deploy_runtime_dependencies),
# as in the Qt 6.4 documentation's example of an application with a helper program. Not
# qt_generate_deploy_app_script: in Qt 6.4 it deploys the bundle's main executable only, and
# macdeployqt must see dexdesk-cli and dexdesk-sim in the same run to point them at the bundle's
# frameworks. deploy-macos.cmake first moves the two (installed to bin/ by app/cli and app/sim)
# into Contents/MacOS, then runs macdeployqt, checks the SQLite driver and a TLS back end, keeps only
# the SQL drivers DEX Desk uses, and signs the bundle.
block() # the helper variables of this section stay here
if(NOT QT_DEPLOY_SUPPORT)
  message(FATAL_ERROR "QT_DEPLOY_SUPPORT is not set: Qt 6.3 or newer is needed for the macOS package.")
endif()

# Qt's own plugin folder: the SQLite driver and the TLS back ends are copied from there if
# macdeployqt did not deploy them.
set(qt_plugins_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")

# The values are written into a CMake script: backslashes and quotes escaped.
function(dexdesk_macos_deploy_setting out name value)
  string(REPLACE "\\" "\\\\" value "${value}")
  string(REPLACE "\"" "\\\"" value "${value}")
  set(${out} "${${out}}set(${name} \"${value}\")\n" PARENT_SCOPE)
endfunction()
set(settings "")
dexdesk_macos_deploy_setting(settings DEXDESK_DEPLOY_BUNDLE "$<TARGET_FILE_NAME:dexdesk>.app")
dexdesk_macos_deploy_setting(settings DEXDESK_DEPLOY_TOOLS
  "$<TARGET_FILE_NAME:dexdesk-cli>;$<TARGET_FILE_NAME:dexdesk-sim>")
dexdesk_macos_deploy_setting(settings DEXDESK_DEPLOY_QT_PLUGINS_DIR "${qt_plugins_dir}")
dexdesk_macos_deploy_setting(settings DEXDESK_DEPLOY_SQL_DRIVERS "qsqlite;qsqlpsql")
dexdesk_macos_deploy_setting(settings DEXDESK_DEPLOY_CODESIGN_IDENTITY "${DEXDESK_MACOS_CODESIGN_IDENTITY}")
file(GENERATE OUTPUT ${DEXDESK_MACOS_BINARY_DIR}/deploy-$<CONFIG>.cmake CONTENT
"# Generated by installer/macos/MacOS.cmake: completes DEX Desk.app at install time.
${settings}include(\"${QT_DEPLOY_SUPPORT}\")
include(\"${DEXDESK_MACOS_DIR}/deploy-macos.cmake\")
")
install(SCRIPT ${DEXDESK_MACOS_BINARY_DIR}/deploy-$<CONFIG>.cmake)
endblock()

# ---- CPack: the disk image ----------------------------------------------------------------------
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "DEX Desk")
set(CPACK_DMG_FORMAT UDZO)
if(CMAKE_OSX_ARCHITECTURES)
  string(REPLACE ";" "-" DEXDESK_MACOS_ARCH "${CMAKE_OSX_ARCHITECTURES}")
else()
  set(DEXDESK_MACOS_ARCH "${CMAKE_SYSTEM_PROCESSOR}")
endif()
set(CPACK_PACKAGE_FILE_NAME "dexdesk-${PROJECT_VERSION}-macos-${DEXDESK_MACOS_ARCH}")
if(EXISTS ${DEXDESK_ICNS})
  set(CPACK_PACKAGE_ICON ${DEXDESK_ICNS}) # the disk image's volume icon
endif()
