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
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;DEXDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};DEXDESK_BINARY_DIR=${PROJECT_BINARY_DIR};${T_ENV}")
endfunction()
