using Spectre.Console;

namespace CustomerAtlas.Cli;

/// <summary>Where a command writes: results to <see cref="Console"/>, errors to <see cref="Error"/>.</summary>
/// <param name="Console">Normal output (tables, progress).</param>
/// <param name="Error">Error messages.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Error);
