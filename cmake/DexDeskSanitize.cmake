# The sanitizer build (DEXDESK_SANITIZE=ON, a build directory of its own; scripts/sanitize.sh):
# every DEX Desk target, tests and the programs they start included, compiled and linked with
# AddressSanitizer (leaks too) and UndefinedBehaviorSanitizer. Undefined behaviour stops the
# process (no recovery), so a finding fails its test instead of scrolling past in its output.
# Qt and the system libraries are not instrumented; tests/sanitizers/*.supp names their frames.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang|GNU")
  message(FATAL_ERROR "DEXDESK_SANITIZE needs clang or gcc (scripts/sanitize.sh uses clang++-14)")
endif()
set(DEXDESK_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
add_compile_options(${DEXDESK_SANITIZE_FLAGS} -fno-omit-frame-pointer)
add_link_options(${DEXDESK_SANITIZE_FLAGS})
# A Debug build (scripts/sanitize.sh) keeps Q_ASSERT on in Qt's inline code and ours; -O1 and line
# tables keep the build and the tests quick enough for CI, with file:line in every report.
set(CMAKE_CXX_FLAGS_DEBUG "-O1 -gline-tables-only")
