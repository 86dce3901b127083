# One place for the warning policy, so every target is held to the same standard.
add_library(regie_warnings INTERFACE)
if(MSVC)
  target_compile_options(regie_warnings INTERFACE /W4 /permissive- /utf-8)
  if(REGIE_WARNINGS_AS_ERRORS)
    target_compile_options(regie_warnings INTERFACE /WX)
  endif()
else()
  target_compile_options(regie_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
  if(REGIE_WARNINGS_AS_ERRORS)
    target_compile_options(regie_warnings INTERFACE -Werror)
  endif()
endif()
