# dexdesk_add_test(NAME name SOURCES ... LABELS unit|integration|gui|bench LIBS ... [ENV ...] [TIMEOUT s])
# One Qt Test executable per class or feature, registered with ctest.
function(dexdesk_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS;ENV" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE dexdesk_options Qt6::Test ${T_LIBS})
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  if(DEXDESK_SANITIZE)
    # Everything runs several times slower under the sanitizers (scripts/sanitize.sh scales the
    # tests' own deadlines by DEXDESK_TEST_TIME_SCALE=4 as well).
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * 4")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;DEXDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};DEXDESK_BINARY_DIR=${PROJECT_BINARY_DIR};${T_ENV}")
endfunction()

# dexdesk_also_on_postgresql(test...): registers each test a second time as NAME_pg, label
# "postgresql", with DEXDESK_TEST_DATABASE=postgresql, so its TestEnvironment makes a fresh database
# on the server named by DEXDESK_TEST_POSTGRES (scripts/with-postgres.sh). Only with
# -DDEXDESK_POSTGRES_TESTS=ON: a plain build has no _pg tests, and a _pg test run without the
# server fails saying so instead of passing as if it had run.
function(dexdesk_also_on_postgresql)
  if(NOT DEXDESK_POSTGRES_TESTS)
    return()
  endif()
  foreach(name ${ARGN})
    get_test_property(${name} LABELS labels)
    get_test_property(${name} TIMEOUT timeout)
    get_test_property(${name} ENVIRONMENT environment)
    get_test_property(${name} RESOURCE_LOCK locks)
    add_test(NAME ${name}_pg COMMAND ${name})
    list(APPEND labels postgresql)
    list(APPEND environment "DEXDESK_TEST_DATABASE=postgresql")
    set_tests_properties(${name}_pg PROPERTIES LABELS "${labels}" TIMEOUT ${timeout} ENVIRONMENT "${environment}")
    if(locks)
      set_tests_properties(${name}_pg PROPERTIES RESOURCE_LOCK "${locks}")
    endif()
  endforeach()
endfunction()

# dexdesk_only_on_postgresql(test...): as dexdesk_also_on_postgresql, for a test of something only
# PostgreSQL has (several engine instances on one database); its SQLite registration is disabled.
function(dexdesk_only_on_postgresql)
  if(NOT DEXDESK_POSTGRES_TESTS)
    return()
  endif()
  dexdesk_also_on_postgresql(${ARGN})
  foreach(name ${ARGN})
    set_tests_properties(${name} PROPERTIES DISABLED TRUE)
  endforeach()
endfunction()
