# Install-time completion of DEX Desk.app, included by the deploy-<config>.cmake that
# installer/macos/MacOS.cmake generates, after Qt's QT_DEPLOY_SUPPORT (which defines
# qt_deploy_runtime_dependencies, QT_DEPLOY_PREFIX and QT_DEPLOY_BIN_DIR). Runs in script mode
# during `cmake --install` and `cpack`, after the bundle and the two command-line programs are
# installed.
#
# Inputs (set by the generated script):
#   DEXDESK_DEPLOY_BUNDLE               the bundle's name in the install prefix ("DEX Desk.app")
#   DEXDESK_DEPLOY_TOOLS                dexdesk-cli and dexdesk-sim, installed to bin/ by app/
#   DEXDESK_DEPLOY_QT_PLUGINS_DIR       Qt's plugin folder, to copy the SQLite driver and a TLS
#                                       back end from if macdeployqt did not deploy them
#   DEXDESK_DEPLOY_SQL_DRIVERS          the SQL driver plugins to keep (others are removed)
#   DEXDESK_DEPLOY_CODESIGN_IDENTITY    codesign identity ("-": ad hoc; empty: not signed)

set(prefix "${QT_DEPLOY_PREFIX}")
set(bundle "${prefix}/${DEXDESK_DEPLOY_BUNDLE}")
set(macos_dir "${bundle}/Contents/MacOS")
set(plugins_dir "${bundle}/Contents/PlugIns")
if(NOT IS_DIRECTORY "${bundle}")
  message(FATAL_ERROR "DEX Desk deploy: ${bundle} is not installed.")
endif()

# 1. dexdesk-cli and dexdesk-sim into the bundle, beside the window's executable, so macdeployqt
#    points them at the bundle's Qt and one drag to /Applications installs all three.
set(tools "")
foreach(tool IN LISTS DEXDESK_DEPLOY_TOOLS)
  set(installed "${prefix}/${QT_DEPLOY_BIN_DIR}/${tool}")
  if(EXISTS "${installed}")
    file(RENAME "${installed}" "${macos_dir}/${tool}")
  elseif(NOT EXISTS "${macos_dir}/${tool}")
    message(FATAL_ERROR "DEX Desk deploy: ${tool} is neither in ${prefix}/${QT_DEPLOY_BIN_DIR} nor in ${macos_dir}.")
  endif()
  list(APPEND tools "${macos_dir}/${tool}")
endforeach()
file(GLOB left_in_bin "${prefix}/${QT_DEPLOY_BIN_DIR}/*")
if(IS_DIRECTORY "${prefix}/${QT_DEPLOY_BIN_DIR}" AND NOT left_in_bin)
  file(REMOVE_RECURSE "${prefix}/${QT_DEPLOY_BIN_DIR}")
endif()

# 2. macdeployqt, once for the three executables: frameworks and other libraries into
#    Contents/Frameworks, plugins into Contents/PlugIns, Contents/Resources/qt.conf. Not "App Store
#    compliant", which would leave out the PostgreSQL driver.
qt_deploy_runtime_dependencies(
  EXECUTABLE "${DEXDESK_DEPLOY_BUNDLE}"
  ADDITIONAL_EXECUTABLES ${tools}
  NO_APP_STORE_COMPLIANCE)

# 3. The plugins DEX Desk cannot run without: the SQLite driver (its database) and a TLS back end
#    (HTTPS to the agency), checked and copied from Qt when missing; then only the SQL drivers
#    DEX Desk uses are kept (the others bring nothing but size and libraries that may be missing).
file(GLOB have_sqlite "${plugins_dir}/sqldrivers/libqsqlite*.dylib")
if(NOT have_sqlite)
  set(source "${DEXDESK_DEPLOY_QT_PLUGINS_DIR}/sqldrivers/libqsqlite.dylib")
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "DEX Desk deploy: no SQLite driver in ${plugins_dir}/sqldrivers, and no "
      "${source} to copy.")
  endif()
  message(STATUS "DEX Desk deploy: copying ${source}")
  file(INSTALL "${source}" DESTINATION "${plugins_dir}/sqldrivers")
endif()
file(GLOB sql_drivers "${plugins_dir}/sqldrivers/*.dylib")
foreach(driver IN LISTS sql_drivers)
  get_filename_component(stem "${driver}" NAME_WE)
  string(REGEX REPLACE "^lib" "" stem "${stem}")
  string(REGEX REPLACE "_debug$" "" stem "${stem}")
  if(NOT stem IN_LIST DEXDESK_DEPLOY_SQL_DRIVERS)
    message(STATUS "DEX Desk deploy: removing the unused SQL driver ${driver}")
    file(REMOVE "${driver}")
  endif()
endforeach()

# Secure Transport is macOS's own TLS; Homebrew's Qt may have the OpenSSL back end instead.
file(GLOB have_tls "${plugins_dir}/tls/libqsecuretransportbackend*.dylib" "${plugins_dir}/tls/libqopensslbackend*.dylib")
if(NOT have_tls)
  foreach(stem libqsecuretransportbackend libqopensslbackend)
    set(source "${DEXDESK_DEPLOY_QT_PLUGINS_DIR}/tls/${stem}.dylib")
    if(EXISTS "${source}")
      message(STATUS "DEX Desk deploy: copying ${source}")
      file(INSTALL "${source}" DESTINATION "${plugins_dir}/tls")
      set(have_tls TRUE)
      break()
    endif()
  endforeach()
endif()
if(NOT have_tls)
  message(FATAL_ERROR "DEX Desk deploy: no TLS back end in ${plugins_dir}/tls, and none in "
    "${DEXDESK_DEPLOY_QT_PLUGINS_DIR}/tls to copy: HTTPS would not work.")
endif()

# 4. Signing, last, because every step above changes the binaries. Ad hoc ("-") is enough on the
#    Mac that built it (Apple silicon runs nothing unsigned); a Developer ID signature with the
#    hardened runtime, then notarization, is what other Macs need (installer/README.md).
if(DEXDESK_DEPLOY_CODESIGN_IDENTITY)
  set(options --force --deep --sign "${DEXDESK_DEPLOY_CODESIGN_IDENTITY}")
  if(NOT DEXDESK_DEPLOY_CODESIGN_IDENTITY STREQUAL "-")
    list(APPEND options --options runtime --timestamp)
  endif()
  execute_process(COMMAND codesign ${options} "${bundle}" RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "DEX Desk deploy: codesign ${options} failed.")
  endif()
  execute_process(COMMAND codesign --verify --deep --strict "${bundle}" RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "DEX Desk deploy: the signature of ${bundle} does not verify.")
  endif()
endif()
