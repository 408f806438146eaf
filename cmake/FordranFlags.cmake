# One INTERFACE target carries the strict flags every Fordran target builds with.
add_library(fordran_flags INTERFACE)
target_compile_features(fordran_flags INTERFACE cxx_std_20)
target_compile_definitions(fordran_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
target_compile_options(fordran_flags INTERFACE -Wall -Wextra)
if (FORDRAN_WERROR)
    target_compile_options(fordran_flags INTERFACE -Werror)
    target_compile_definitions(fordran_flags INTERFACE QT_FORCE_ASSERTS)
endif()
target_include_directories(fordran_flags INTERFACE ${PROJECT_SOURCE_DIR})
