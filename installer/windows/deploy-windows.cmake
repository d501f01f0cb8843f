# Install-time deployment for Windows, included by the deploy-<config>.cmake that
# installer/windows/Windows.cmake generates, after Qt's QT_DEPLOY_SUPPORT (which defines
# qt_deploy_runtime_dependencies, QT_DEPLOY_PREFIX, QT_DEPLOY_BIN_DIR, QT_DEPLOY_PLUGINS_DIR).
# Runs in script mode during `cmake --install` and `cpack`, after the programs are in bin/.
#
# Inputs (set by the generated script):
#   DEXDESK_DEPLOY_PROGRAMS             file names of the programs in bin/, the GUI first
#   DEXDESK_DEPLOY_QT_PLUGINS_DIR       Qt's plugin folder, to copy the SQLite driver and the TLS
#                                       back ends from if windeployqt did not deploy them
#   DEXDESK_DEPLOY_PLUGIN_SUFFIX        "d" in a debug build (qsqlited.dll), else empty
#   DEXDESK_DEPLOY_SQL_DRIVERS          the SQL driver plugins to keep (others are removed)
#   DEXDESK_DEPLOY_DLL_DIRS             folders to find the DLLs that are not Qt's in
#   DEXDESK_DEPLOY_IGNORED_DLLS         lower-case regular expressions of DLL names to leave out
#   DEXDESK_DEPLOY_APP_LOCAL_RUNTIME    ON when the MSVC runtime DLLs are installed in bin/
#   DEXDESK_DEPLOY_RUNTIME_TOOL[_COMMAND] dumpbin or objdump, for file(GET_RUNTIME_DEPENDENCIES)

set(prefix "${QT_DEPLOY_PREFIX}")
set(bin_dir "${prefix}/${QT_DEPLOY_BIN_DIR}")
set(plugins_dir "${prefix}/${QT_DEPLOY_PLUGINS_DIR}")

set(programs "")
foreach(program IN LISTS DEXDESK_DEPLOY_PROGRAMS)
  if(NOT EXISTS "${bin_dir}/${program}")
    message(FATAL_ERROR "DEX Desk deploy: ${bin_dir}/${program} is not installed.")
  endif()
  list(APPEND programs "${bin_dir}/${program}")
endforeach()

# 1. windeployqt, once for the three programs: Qt's DLLs into bin/, plugins into plugins/,
#    Qt's translations, and bin/qt.conf pointing Qt at ../plugins.
list(GET DEXDESK_DEPLOY_PROGRAMS 0 gui)
set(others ${DEXDESK_DEPLOY_PROGRAMS})
list(REMOVE_AT others 0)
list(TRANSFORM others PREPEND "${QT_DEPLOY_BIN_DIR}/")
qt_deploy_runtime_dependencies(
  EXECUTABLE "${QT_DEPLOY_BIN_DIR}/${gui}"
  ADDITIONAL_EXECUTABLES ${others}
  GENERATE_QT_CONF)

# 2. The plugins DEX Desk cannot run without: the SQLite driver (its database) and a TLS back end
#    (HTTPS to the agency). windeployqt deploys both for Qt Sql and Qt Network; they are checked,
#    and copied from Qt when missing.
function(dexdesk_plugin_present type stem out)
  file(GLOB found "${plugins_dir}/${type}/${stem}.dll" "${plugins_dir}/${type}/${stem}d.dll")
  if(found)
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

# Copies Qt's <type>/<stem>.dll into plugins/ if it is not there; false when Qt has none either.
function(dexdesk_plugin_ensure type stem out)
  dexdesk_plugin_present(${type} ${stem} have)
  set(${out} TRUE PARENT_SCOPE)
  if(have)
    return()
  endif()
  set(source "${DEXDESK_DEPLOY_QT_PLUGINS_DIR}/${type}/${stem}${DEXDESK_DEPLOY_PLUGIN_SUFFIX}.dll")
  if(EXISTS "${source}")
    message(STATUS "DEX Desk deploy: copying ${source}")
    file(INSTALL "${source}" DESTINATION "${plugins_dir}/${type}")
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

dexdesk_plugin_ensure(sqldrivers qsqlite have_sqlite)
if(NOT have_sqlite)
  message(FATAL_ERROR "DEX Desk deploy: no SQLite driver in ${plugins_dir}/sqldrivers, and none in "
    "${DEXDESK_DEPLOY_QT_PLUGINS_DIR}/sqldrivers to copy.")
endif()

# Only the drivers DEX Desk uses: the others (ODBC, MySQL, …) bring nothing but size.
# PostgreSQL stays; it also needs libpq.dll, which is not shipped (installer/README.md).
file(GLOB sql_drivers "${plugins_dir}/sqldrivers/*.dll")
foreach(driver IN LISTS sql_drivers)
  get_filename_component(stem "${driver}" NAME_WE)
  string(REGEX REPLACE "d$" "" release_stem "${stem}")
  if(NOT stem IN_LIST DEXDESK_DEPLOY_SQL_DRIVERS AND NOT release_stem IN_LIST DEXDESK_DEPLOY_SQL_DRIVERS)
    message(STATUS "DEX Desk deploy: removing the unused SQL driver ${driver}")
    file(REMOVE "${driver}")
  endif()
endforeach()

# schannel is Windows' own TLS; the OpenSSL back end is used only where OpenSSL's DLLs are installed.
set(have_tls FALSE)
foreach(stem qschannelbackend qopensslbackend)
  dexdesk_plugin_present(tls ${stem} have)
  if(have)
    set(have_tls TRUE)
  endif()
endforeach()
if(NOT have_tls)
  dexdesk_plugin_ensure(tls qschannelbackend have_tls)
endif()
if(NOT have_tls)
  message(FATAL_ERROR "DEX Desk deploy: no TLS back end in ${plugins_dir}/tls, and no "
    "qschannelbackend in ${DEXDESK_DEPLOY_QT_PLUGINS_DIR}/tls to copy: HTTPS would not work.")
endif()

# 3. windeployqt may drop the Visual C++ Redistributable's installer beside the programs when run
#    from a developer prompt; the runtime DLLs themselves are already in bin/.
if(DEXDESK_DEPLOY_APP_LOCAL_RUNTIME)
  file(GLOB redists "${prefix}/vc_redist*.exe" "${bin_dir}/vc_redist*.exe")
  if(redists)
    file(REMOVE ${redists})
  endif()
endif()

# 4. The DLLs that are not Qt's (windeployqt copies Qt's only): QtKeychain, libarchive and what
#    libarchive links (zlib, bzip2, xz, zstd, lz4, …), found in DEXDESK_DEPLOY_DLL_DIRS. Windows'
#    own DLLs and those already in bin/ stay where they are; bin/ is searched first, so a DLL that
#    another folder's DLL needs (QtKeychain's Qt6Core.dll) is the deployed one.
if(DEXDESK_DEPLOY_RUNTIME_TOOL)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "${DEXDESK_DEPLOY_RUNTIME_TOOL}")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${DEXDESK_DEPLOY_RUNTIME_TOOL_COMMAND}")
endif()
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES ${programs}
  DIRECTORIES "${bin_dir}" ${DEXDESK_DEPLOY_DLL_DIRS}
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" ${DEXDESK_DEPLOY_IGNORED_DLLS}
  POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]" # C:\Windows\System32 and the like
  RESOLVED_DEPENDENCIES_VAR resolved
  UNRESOLVED_DEPENDENCIES_VAR unresolved
  CONFLICTING_DEPENDENCIES_PREFIX conflicting)

string(TOLOWER "${bin_dir}/" bin_dir_lower)
foreach(dll IN LISTS resolved)
  file(TO_CMAKE_PATH "${dll}" dll)
  string(TOLOWER "${dll}" dll_lower)
  string(FIND "${dll_lower}" "${bin_dir_lower}" at)
  if(NOT at EQUAL 0)
    message(STATUS "DEX Desk deploy: copying ${dll}")
    file(INSTALL "${dll}" DESTINATION "${bin_dir}")
  endif()
endforeach()
foreach(name IN LISTS conflicting_FILENAMES)
  message(WARNING "DEX Desk deploy: ${name} was found in several folders (${conflicting_${name}}); "
    "the first was used.")
endforeach()
if(unresolved)
  list(JOIN unresolved ", " unresolved_text)
  message(FATAL_ERROR "DEX Desk deploy: the programs need ${unresolved_text}, found in none of "
    "${DEXDESK_DEPLOY_DLL_DIRS}. Add its folder to DEXDESK_WINDOWS_EXTRA_DLL_DIRS (or, if it is "
    "not needed, its name to DEXDESK_WINDOWS_IGNORED_DLLS) and configure again.")
endif()
