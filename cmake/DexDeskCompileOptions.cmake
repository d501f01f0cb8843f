# One interface target carries the settings every DEX Desk target compiles with.
add_library(dexdesk_options INTERFACE)
target_compile_features(dexdesk_options INTERFACE cxx_std_20)
target_compile_definitions(dexdesk_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_KEYWORDS
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  DEXDESK_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(dexdesk_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
  if(DEXDESK_WERROR)
    target_compile_options(dexdesk_options INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(dexdesk_options INTERFACE /W4 /permissive- /utf-8)
  if(DEXDESK_WERROR)
    target_compile_options(dexdesk_options INTERFACE /WX)
  endif()
endif()
