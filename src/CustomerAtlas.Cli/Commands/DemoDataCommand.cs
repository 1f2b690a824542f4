using Spectre.Console;
using System.CommandLine;
using CustomerAtlas.Cli.Demo;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas demo-data</c>: regenerate the bundled demo transaction log (seeded, reproducible).</summary>
public static class DemoDataCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = "File to write (.csv or .csv.gz)", DefaultValueFactory = _ => Path.Combine("demo", DemoFiles.FileName) };
        var customers = new Option<int>("--customers") { Description = "Number of customers", DefaultValueFactory = _ => DemoGenerator.DefaultCustomers };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => DemoGenerator.DefaultSeed };
        var command = new Command("demo-data", "Generate a synthetic transaction log with known customer personas (the bundled demo data).\n\n"
            + "Example:\n  atlas demo-data --out demo/transactions.csv.gz --customers 3000 --seed 7");
        command.Options.Add(output);
        command.Options.Add(customers);
        command.Options.Add(seed);
        command.SetAction(parse =>
        {
            int n = parse.GetValue(customers);
            if (n < 10)
            {
                throw new ArgumentException($"--customers must be at least 10, got {n}.");
            }

            string path = parse.GetValue(output)!;
            long lines = DemoGenerator.Write(path, n, parse.GetValue(seed));
            context.Console.MarkupLine($"Wrote {lines} transaction lines for {n} customers to [green]{Markup.Escape(path)}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
