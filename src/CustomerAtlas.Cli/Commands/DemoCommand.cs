using System.CommandLine;
using CustomerAtlas.Cli.Automatic;
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
        var command = new Command("demo", "Segment the bundled demo transaction log (demo/transactions.csv.gz) into ./atlas-out, "
            + "in the automatic mode of `atlas segment` (--manual for plain k-means, --budget to wait less).\n\n"
            + "Example:\n  atlas demo && open atlas-out/report.html");
        shared.AddTo(command);
        var automatic = new AutomaticOptions();
        automatic.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            string data = DemoFiles.Locate();
            var request = shared.Request(parse, new DataSource { Path = data }, new SchemaOverrides()) with
            {
                Automatic = automatic.Bind(parse, parse.GetValue(shared.K), parse.GetValue(shared.Seed), parse.GetValue(shared.MaxK)),
            };
            return await RunPrinter.RunAsync(context, request, parse.GetValue(shared.Quiet), ct).ConfigureAwait(false);
        });
        return command;
    }
}
