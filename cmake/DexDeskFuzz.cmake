# The fuzz build (DEXDESK_FUZZ=ON, a build directory of its own; scripts/fuzz.sh): clang's
# libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer. Everything compiled here carries
# the fuzzer's coverage instrumentation and the sanitizers; only tests/fuzz links the fuzzer's
# main. Any undefined behaviour stops the run (no recovery), so the fuzzer reports it as a crash.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "DEXDESK_FUZZ needs clang (Debian: clang, libclang-rt-14-dev): "
    "cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DDEXDESK_FUZZ=ON")
endif()
set(DEXDESK_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all)
add_compile_options(-fsanitize=fuzzer-no-link ${DEXDESK_SANITIZERS} -fno-omit-frame-pointer)
add_link_options(${DEXDESK_SANITIZERS})
# A Debug build (scripts/fuzz.sh) keeps Q_ASSERT on; -O1 and line tables keep it quick to build
# and fast enough to fuzz, with file:line in every report.
set(CMAKE_CXX_FLAGS_DEBUG "-O1 -gline-tables-only")
