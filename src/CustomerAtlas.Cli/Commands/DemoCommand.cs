using System.CommandLine;
using CustomerAtlas.Cli.Demo;
using CustomerAtlas.Cli.Output;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas demo</c>: segment the bundled demo transaction log (demo/transactions.csv.gz).</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var shared = new SegmentOptionSet();
        var command = new Command("demo", "Segment the bundled demo transaction log (demo/transactions.csv.gz) into ./atlas-out.\n\n"
            + "Example:\n  atlas demo && open atlas-out/report.html");
        shared.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            string data = DemoFiles.Locate();
            var request = shared.Request(parse, new DataSource { Path = data }, new SchemaOverrides());
            return await RunPrinter.RunAsync(context, request, parse.GetValue(shared.Quiet), ct).ConfigureAwait(false);
        });
        return command;
    }
}
