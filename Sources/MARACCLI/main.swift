// The `marac` tool: everything happens in `Tool`, so it can be tested.
#if canImport(Glibc)
    import Glibc
#endif

exit(Tool.main(arguments: Array(CommandLine.arguments.dropFirst())))
