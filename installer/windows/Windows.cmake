# Windows packaging (NSIS), included from installer/CMakeLists.txt before CPack.
