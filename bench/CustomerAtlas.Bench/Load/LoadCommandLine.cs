using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.Load;

/// <summary>The <c>load</c> subcommand's options.</summary>
internal static class LoadCommandLine
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new LoadOptions();
        var input = new Option<string>("--input") { Description = "Raw file to fit the served run on (default: the shared online-retail log)", HelpName = "FILE" };
        input.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && !File.Exists(path))
            {
                result.AddError($"--input: file '{path}' not found.");
            }
        });
        var seconds = OptionRules.Number("--seconds", "Measured seconds after a 5 s warm-up", defaults.Seconds, minimum: 1);
        var concurrency = OptionRules.Number("--concurrency", "Concurrent closed-loop clients", defaults.Concurrency, minimum: 1);
        var batch = OptionRules.Number("--batch", "Feature rows per POST /score request", defaults.Batch, minimum: 1);
        var command = new Command("load", "Serve a fit run on loopback as 'atlas serve' does and drive POST /score and GET /customers/{id}; "
            + "prints errors, throughput and p50/p99 latency per endpoint.");
        command.WithOptions(input, seconds, concurrency, batch);
        command.SetAction((parse, _) => LoadCommand.RunAsync(new LoadOptions
        {
            Input = parse.GetValue(input),
            Seconds = parse.GetValue(seconds),
            Concurrency = parse.GetValue(concurrency),
            Batch = parse.GetValue(batch),
        }));
        return command;
    }
}
