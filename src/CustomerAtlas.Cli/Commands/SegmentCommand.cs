using System.CommandLine;
using CustomerAtlas.Cli.Automatic;
using CustomerAtlas.Cli.Output;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas segment INPUT</c>: find, profile and name segments; write a run directory.</summary>
public static class SegmentCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "CSV (any delimiter, .gz ok), Parquet or JSON-lines file: a transaction log or a customer table" };
        var shared = new SegmentOptionSet();
        var id = new Option<string?>("--id") { Description = "Customer id column" };
        var time = new Option<string?>("--time") { Description = "Timestamp column (transaction logs)" };
        var amount = new Option<string?>("--amount") { Description = "Line amount (money) column" };
        var quantity = new Option<string?>("--quantity") { Description = "Quantity column" };
        var price = new Option<string?>("--price") { Description = "Unit price column" };
        var exclude = new Option<string[]>("--exclude") { Description = "Column to leave out (repeatable)", AllowMultipleArgumentsPerToken = true };
        var outcome = new Option<string[]>("--outcome") { Description = "Label column (churn, response): reported per segment, never a feature (repeatable)", AllowMultipleArgumentsPerToken = true };
        var mapping = new Option<string?>("--mapping") { Description = "JSON mapping file: {\"id\":..,\"time\":..,\"amount\":..,\"invoice\":..,\"product\":..,\"category\":..,\"channel\":..,\"exclude\":[..],\"outcomes\":[..]}" };
        var shape = new Option<DataShape?>("--shape") { Description = "Force TransactionLog or CustomerTable instead of detecting it" };
        var format = new Option<SourceFormat>("--format") { Description = "Input format", DefaultValueFactory = _ => SourceFormat.Auto };
        var delimiter = new Option<string?>("--delimiter") { Description = "CSV delimiter (default: detected); 'tab' for TAB" };
        var noHeader = new Option<bool>("--no-header") { Description = "The CSV has no header row (name columns with --columns)" };
        var columns = new Option<string?>("--columns") { Description = "Comma-separated column names for a file without a header" };
        var dateFormat = new Option<string?>("--date-format") { Description = "strftime format of date columns, e.g. %d-%m-%Y" };
        var timestampFormat = new Option<string?>("--timestamp-format") { Description = "strftime format of timestamp columns, e.g. %Y%m%d" };
        var refreshOf = new Option<string?>("--refresh-of") { Description = "model.json this fit refreshes: model.json records its version and which of its segments each new segment continues", HelpName = "MODEL" };

        var command = new Command("segment", "Segment customers from a transaction log or a customer table.\n\n"
            + "Examples:\n  atlas segment online_retail.csv.gz --out atlas-out\n"
            + "  atlas segment marketing_campaign.csv --outcome Response --k 4\n"
            + "  atlas segment cdnow.txt --no-header --delimiter ' ' --columns id,date,cds,amount --id id --time date --timestamp-format %Y%m%d");
        command.Arguments.Add(input);
        foreach (var o in new Option[] { id, time, amount, quantity, price, exclude, outcome, mapping, shape, format, delimiter, noHeader, columns, dateFormat, timestampFormat, refreshOf })
        {
            command.Options.Add(o);
        }

        shared.AddTo(command);
        var automatic = new AutomaticOptions();
        automatic.AddTo(command);
        var engines = new EngineOptionSet();
        engines.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var overrides = new SchemaOverrides
            {
                Id = parse.GetValue(id), Time = parse.GetValue(time), Amount = parse.GetValue(amount), Quantity = parse.GetValue(quantity),
                Price = parse.GetValue(price), Exclude = parse.GetValue(exclude) ?? [], Outcomes = parse.GetValue(outcome) ?? [], Shape = parse.GetValue(shape),
            };
            if (parse.GetValue(mapping) is string mappingFile)
            {
                overrides = overrides.Over(SchemaOverrides.Load(mappingFile));
            }

            string? delim = parse.GetValue(delimiter);
            var source = new DataSource
            {
                Path = parse.GetValue(input)!,
                Format = parse.GetValue(format),
                Delimiter = delim is "tab" or "\\t" ? "\t" : delim,
                HasHeader = parse.GetValue(noHeader) ? false : null,
                ColumnNames = parse.GetValue(columns)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                DateFormat = parse.GetValue(dateFormat),
                TimestampFormat = parse.GetValue(timestampFormat),
            };
            var request = shared.Request(parse, source, overrides) with
            {
                Automatic = automatic.Bind(parse, parse.GetValue(shared.K), parse.GetValue(shared.Seed), parse.GetValue(shared.MaxK)),
                RefreshOf = parse.GetValue(refreshOf),
            };
            return await RunPrinter.RunAsync(context, request, parse.GetValue(shared.Quiet), ct, engines.Factory(parse)).ConfigureAwait(false);
        });
        return command;
    }
}
