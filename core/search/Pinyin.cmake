# Pinyin table for search/SearchText.cpp, generated at build time from the
# kMandarin readings in Debian's Unihan data rather than checked in (it is
# ~300 KB of numbers and follows the installed Unicode version).
# Included from core/CMakeLists.txt after the summit_core target is defined.

find_file(SUMMIT_UNIHAN_READINGS Unihan_Readings.txt.bz2
          PATHS /usr/share/unicode /usr/share/unicode-data
          DOC "Unihan_Readings.txt.bz2 from the Unicode Character Database")
if(NOT SUMMIT_UNIHAN_READINGS)
  message(FATAL_ERROR
    "Unihan_Readings.txt.bz2 not found (needed for pinyin search). "
    "Install the Debian package unicode-data (apt-get install unicode-data), "
    "or set SUMMIT_UNIHAN_READINGS to the file.")
endif()

find_program(SUMMIT_BZIP2 bzip2 DOC "bzip2, to read the compressed Unihan data")
if(NOT SUMMIT_BZIP2)
  message(FATAL_ERROR "bzip2 not found (needed to read ${SUMMIT_UNIHAN_READINGS}). "
                      "Install the Debian package bzip2.")
endif()

# Host tool in plain C++: no Qt, so it builds fast and early.
add_executable(summit_gen_pinyin ${CMAKE_CURRENT_SOURCE_DIR}/search/gen_pinyin.cpp)
if(TARGET summit_warnings)
  target_link_libraries(summit_gen_pinyin PRIVATE summit_warnings)
endif()

set(SUMMIT_PINYIN_DIR ${CMAKE_CURRENT_BINARY_DIR}/generated)
set(SUMMIT_PINYIN_TABLE ${SUMMIT_PINYIN_DIR}/PinyinTable.inc)
# The tool reads the .bz2 through `bzip2 -dc` itself (no shell redirection
# here, which would not be portable across generators) and writes the table
# atomically, so an interrupted build never leaves a truncated one behind.
add_custom_command(
  OUTPUT ${SUMMIT_PINYIN_TABLE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SUMMIT_PINYIN_DIR}
  COMMAND summit_gen_pinyin --bzip2 ${SUMMIT_BZIP2} ${SUMMIT_UNIHAN_READINGS} ${SUMMIT_PINYIN_TABLE}
  DEPENDS summit_gen_pinyin ${SUMMIT_UNIHAN_READINGS}
  COMMENT "Generating PinyinTable.inc from Unihan kMandarin readings"
  VERBATIM)

target_sources(summit_core PRIVATE ${SUMMIT_PINYIN_TABLE})
target_include_directories(summit_core PRIVATE ${SUMMIT_PINYIN_DIR})
