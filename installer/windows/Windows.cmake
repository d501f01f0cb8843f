# Windows packaging: an NSIS installer and a ZIP of the same files, made by CPack on Windows with
# MSVC (installer/README.md has the commands and says what was and was not checked). Included from
# installer/CMakeLists.txt when WIN32, before include(CPack). installer/ is the last directory the
# top CMakeLists.txt adds, so the program targets exist here and their install rules run before the
# ones below (policy CMP0082 keeps install rules in the order the directories were added).
#
# Installed layout, the same in the NSIS installer and the ZIP:
#   bin/dexdesk.exe  bin/dexdesk-cli.exe  bin/dexdesk-sim.exe   the three programs
#   bin/*.dll  bin/qt.conf                                      Qt, QtKeychain, libarchive and the
#                                                               MSVC runtime, shared by all three
#   plugins/<type>/*.dll                                        Qt plugins (platforms, styles,
#                                                               sqldrivers, tls, …)
#   translations/qt_*.qm                                        Qt's own translations

foreach(program dexdesk dexdesk-cli dexdesk-sim)
  if(NOT TARGET ${program})
    message(FATAL_ERROR "installer/windows/Windows.cmake needs the target ${program}: "
      "installer/ must be added after app/ and ui/ in the top CMakeLists.txt.")
  endif()
endforeach()

set(DEXDESK_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(DEXDESK_WINDOWS_BINARY_DIR ${CMAKE_CURRENT_BINARY_DIR}/windows)
set(DEXDESK_ICO ${PROJECT_SOURCE_DIR}/resources/icons/dexdesk.ico)
string(TIMESTAMP DEXDESK_COPYRIGHT_YEAR "%Y" UTC) # honours SOURCE_DATE_EPOCH

# ---- Icon and version information in each .exe ----------------------------------------------
# One .rc per program, configured from dexdesk.rc.in and added to the program with target_sources
# (CMake passes only the programs' -D and -I flags on to rc.exe, none of their compile options).
block() # the helper variables of this section stay here
foreach(part MAJOR MINOR PATCH TWEAK)
  set(DEXDESK_RC_VERSION_${part} "${PROJECT_VERSION_${part}}")
  if(DEXDESK_RC_VERSION_${part} STREQUAL "")
    set(DEXDESK_RC_VERSION_${part} 0)
  endif()
endforeach()
set(DEXDESK_RC_VERSION_COMMAS
  "${DEXDESK_RC_VERSION_MAJOR},${DEXDESK_RC_VERSION_MINOR},${DEXDESK_RC_VERSION_PATCH},${DEXDESK_RC_VERSION_TWEAK}")
set(DEXDESK_RC_COMPANY "DEX Desk")
set(DEXDESK_RC_COPYRIGHT "Copyright (C) ${DEXDESK_COPYRIGHT_YEAR} DEX Desk")
if(EXISTS ${DEXDESK_ICO})
  set(DEXDESK_RC_ICON "IDI_ICON1 ICON \"${DEXDESK_ICO}\"")
else()
  set(DEXDESK_RC_ICON "// No icon: ${DEXDESK_ICO} did not exist when CMake ran.")
  message(WARNING "${DEXDESK_ICO} is missing: the Windows programs and the installer get no icon. "
    "Re-run CMake once it exists.")
endif()

function(dexdesk_add_windows_resources target description)
  set(DEXDESK_RC_NAME ${target})
  set(DEXDESK_RC_DESCRIPTION "${description}")
  set(rc ${DEXDESK_WINDOWS_BINARY_DIR}/${target}.rc)
  configure_file(${DEXDESK_WINDOWS_DIR}/dexdesk.rc.in ${rc} @ONLY)
  target_sources(${target} PRIVATE ${rc})
  if(EXISTS ${DEXDESK_ICO}) # a new icon rebuilds the resources
    set_source_files_properties(${rc} TARGET_DIRECTORY ${target} PROPERTIES OBJECT_DEPENDS ${DEXDESK_ICO})
  endif()
endfunction()

dexdesk_add_windows_resources(dexdesk "DEX Desk")
dexdesk_add_windows_resources(dexdesk-cli "DEX Desk command line")
dexdesk_add_windows_resources(dexdesk-sim "DEX Desk agency simulator")
endblock()

# ---- The MSVC runtime, next to the programs ---------------------------------------------------
# msvcp140.dll, vcruntime140*.dll and friends in bin/, so no Visual C++ Redistributable has to be
# installed first (the Universal CRT is part of Windows 10 and 11).
if(MSVC)
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
  include(InstallRequiredSystemLibraries)
  set(DEXDESK_APP_LOCAL_RUNTIME ON)
else()
  set(DEXDESK_APP_LOCAL_RUNTIME OFF)
endif()

# ---- Qt and the other DLLs, deployed at install time ----------------------------------------
# windeployqt runs through Qt's deploy support (QT_DEPLOY_SUPPORT, qt_deploy_runtime_dependencies),
# as in the Qt 6.4 documentation's example of an application with a helper program. Not
# qt_generate_deploy_app_script: in Qt 6.4 it deploys one target only, and the three programs must
# be deployed in one run into the one bin/ folder they share. deploy-windows.cmake then checks that
# the SQLite driver and a TLS back end are there, keeps only the SQL drivers DEX Desk uses, and
# copies the DLLs that are not Qt's (QtKeychain, libarchive and what it links) that windeployqt
# leaves out.
block() # the helper variables of this section stay here
if(NOT QT_DEPLOY_SUPPORT)
  message(FATAL_ERROR "QT_DEPLOY_SUPPORT is not set: Qt 6.3 or newer is needed for the Windows package.")
endif()

set(DEXDESK_WINDOWS_EXTRA_DLL_DIRS "" CACHE STRING
  "More folders in which the Windows package looks for DLLs the programs need (;-separated)")
set(DEXDESK_WINDOWS_IGNORED_DLLS "" CACHE STRING
  "Regular expressions (lower case) of DLL names the Windows package must not copy or ask for")

# Where the DLLs that are not Qt's are: beside the QtKeychain DLL, the bin/ of every prefix
# (CMAKE_PREFIX_PATH, vcpkg's installed tree, libarchive's prefix), and the extra folders.
set(dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
if(TARGET qt6keychain)
  get_target_property(keychain_type qt6keychain TYPE)
  if(keychain_type STREQUAL "SHARED_LIBRARY")
    list(APPEND dll_dirs "$<TARGET_FILE_DIR:qt6keychain>")
  endif()
endif()
set(prefixes ${CMAKE_PREFIX_PATH})
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
  list(APPEND prefixes "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
endif()
if(LibArchive_INCLUDE_DIR)
  get_filename_component(libarchive_prefix "${LibArchive_INCLUDE_DIR}" DIRECTORY)
  list(APPEND prefixes "${libarchive_prefix}")
endif()
foreach(dir IN LISTS prefixes)
  string(REPLACE "\\" "/" dir "${dir}")
  list(APPEND dll_dirs "${dir}/bin")
endforeach()
foreach(dir IN LISTS DEXDESK_WINDOWS_EXTRA_DLL_DIRS)
  string(REPLACE "\\" "/" dir "${dir}")
  list(APPEND dll_dirs "${dir}")
endforeach()
list(REMOVE_DUPLICATES dll_dirs)

# The tool file(GET_RUNTIME_DEPENDENCIES) reads the DLL imports with: dumpbin beside MSVC's
# linker, or objdump for MinGW.
set(runtime_tool "")
set(runtime_tool_command "")
if(MSVC)
  get_filename_component(linker_dir "${CMAKE_LINKER}" DIRECTORY)
  find_program(DEXDESK_DUMPBIN dumpbin HINTS "${linker_dir}")
  if(DEXDESK_DUMPBIN)
    set(runtime_tool dumpbin)
    set(runtime_tool_command "${DEXDESK_DUMPBIN}")
  endif()
elseif(CMAKE_OBJDUMP)
  set(runtime_tool objdump)
  set(runtime_tool_command "${CMAKE_OBJDUMP}")
endif()

# Qt's own plugin folder: the SQLite driver and the TLS back ends are copied from there if
# windeployqt did not deploy them (debug builds use the plugins with a "d" suffix).
set(qt_plugins_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
string(REPLACE "\\" "/" qt_plugins_dir "${qt_plugins_dir}")

# The values are written into a CMake script: backslashes and quotes escaped.
function(dexdesk_deploy_setting out name value)
  string(REPLACE "\\" "\\\\" value "${value}")
  string(REPLACE "\"" "\\\"" value "${value}")
  set(${out} "${${out}}set(${name} \"${value}\")\n" PARENT_SCOPE)
endfunction()
set(settings "")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_PROGRAMS
  "$<TARGET_FILE_NAME:dexdesk>;$<TARGET_FILE_NAME:dexdesk-cli>;$<TARGET_FILE_NAME:dexdesk-sim>")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_QT_PLUGINS_DIR "${qt_plugins_dir}")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_PLUGIN_SUFFIX "$<$<CONFIG:Debug>:d>")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_SQL_DRIVERS "qsqlite;qsqlpsql")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_DLL_DIRS "${dll_dirs}")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_IGNORED_DLLS "${DEXDESK_WINDOWS_IGNORED_DLLS}")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_APP_LOCAL_RUNTIME "${DEXDESK_APP_LOCAL_RUNTIME}")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_RUNTIME_TOOL "${runtime_tool}")
dexdesk_deploy_setting(settings DEXDESK_DEPLOY_RUNTIME_TOOL_COMMAND "${runtime_tool_command}")
file(GENERATE OUTPUT ${DEXDESK_WINDOWS_BINARY_DIR}/deploy-$<CONFIG>.cmake CONTENT
"# Generated by installer/windows/Windows.cmake: deploys Qt and the other DLLs at install time.
${settings}include(\"${QT_DEPLOY_SUPPORT}\")
include(\"${DEXDESK_WINDOWS_DIR}/deploy-windows.cmake\")
")
install(SCRIPT ${DEXDESK_WINDOWS_BINARY_DIR}/deploy-$<CONFIG>.cmake)
endblock()

# ---- CPack: NSIS installer and ZIP ------------------------------------------------------------
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "DEX Desk")        # C:\Program Files\DEX Desk
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "DEX Desk")
set(CPACK_PACKAGE_EXECUTABLES dexdesk "DEX Desk")       # Start menu: DEX Desk -> bin\dexdesk.exe
set(CPACK_CREATE_DESKTOP_LINKS dexdesk)                  # offered on the installer's options page
set(CPACK_NSIS_PACKAGE_NAME "DEX Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "DEX Desk")                 # Apps & features
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\dexdesk.exe") # the icon Apps & features shows
set(CPACK_NSIS_MUI_FINISHPAGE_RUN dexdesk.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)      # an older version is removed first
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall DEX Desk")
if(CMAKE_HOST_WIN32) # makensis on other hosts refuses the BrandingText /TRIM… CPack writes
  set(CPACK_NSIS_BRANDING_TEXT "DEX Desk ${PROJECT_VERSION}")
endif()
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
# A Start menu shortcut to the demo (the simulator and sample data inside the program).
set(CPACK_NSIS_CREATE_ICONS_EXTRA
  "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\DEX Desk Demo.lnk' '$INSTDIR\\\\bin\\\\dexdesk.exe' '--demo'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$MUI_TEMP\\\\DEX Desk Demo.lnk'")
# The options page: add bin\ to PATH (for dexdesk-cli in any terminal) for all users, for the
# current user, or not at all (the default), and a desktop shortcut.
option(DEXDESK_NSIS_ADD_TO_PATH "The Windows installer offers to add DEX Desk's bin folder to PATH" ON)
set(CPACK_NSIS_MODIFY_PATH ${DEXDESK_NSIS_ADD_TO_PATH})
if(EXISTS ${DEXDESK_ICO})
  set(CPACK_NSIS_MUI_ICON ${DEXDESK_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${DEXDESK_ICO})
endif()
# Without a licence file CPack would show its generic placeholder licence text.
if(NOT CPACK_RESOURCE_FILE_LICENSE)
  foreach(name LICENSE LICENSE.txt LICENSE.md COPYING)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${name})
      set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/${name})
      break()
    endif()
  endforeach()
endif()
if(NOT CPACK_RESOURCE_FILE_LICENSE)
  set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()
