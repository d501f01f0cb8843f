# macOS packaging (DragNDrop DMG), included from installer/CMakeLists.txt before CPack.
