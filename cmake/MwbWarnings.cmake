# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compiler hygiene: warnings, and Qt's string/foreach guards enforced by the compiler.
add_library(mwb_compile_options INTERFACE)
target_compile_options(mwb_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(MWB_WARNINGS_AS_ERRORS)
  target_compile_options(mwb_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(mwb_compile_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH QT_NO_CONTEXTLESS_CONNECT QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
