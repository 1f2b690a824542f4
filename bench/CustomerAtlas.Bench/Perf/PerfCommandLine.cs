using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.Perf;

/// <summary>The <c>perf</c> subcommand and the hidden <c>child</c> verb it re-executes itself with.</summary>
internal static class PerfCommandLine
{
    /// <summary>Builds <c>perf</c>.</summary>
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "The quick case set (small sizes)" };
        var only = OptionRules.CommaList<string>("--only", "Only cases of these groups (kmeans,minibatch,pca,dbscan,...)",
            problem: OptionRules.OneOf(() => PerfCases.All.Select(c => c.Group).Distinct()));
        var match = OptionRules.CommaList<string>("--match", "Only cases whose id contains one of these parts");
        var noPeers = new Option<bool>("--no-peers") { Description = "Time only CustomerAtlas (scikit-learn still generates the data)" };
        var command = new Command("perf", "Times scikit-learn, CustomerAtlas and ML.NET on shared data, each case in a fresh child process, "
            + "and prints times, CPU times, ratios, peak RSS, quality and which targets are met.");
        command.WithOptions(quick, only, match, noPeers);
        command.SetAction(parse => PerfCommand.Run(new PerfOptions
        {
            Quick = parse.GetValue(quick),
            Groups = parse.ValueIfGiven(only),
            Match = parse.ValueIfGiven(match),
            Peers = !parse.GetValue(noPeers),
        }));
        return command;
    }

    /// <summary>Builds the hidden <c>child SIDE CASE-ID</c> verb (one case, one side, in this fresh process).</summary>
    public static Command CreateChild()
    {
        var side = new Argument<string>("SIDE") { Description = "Which implementation runs the case" };
        side.AcceptOnlyFromAmong(PerfChild.Ours, PerfChild.MlNet);
        var caseId = new Argument<string>("CASE-ID") { Description = "Id of the perf case" };
        caseId.Validators.Add(result =>
        {
            string? id = result.GetValueOrDefault<string>();
            if (PerfCases.All.All(c => c.Id != id))
            {
                result.AddError($"No perf case '{id}'.");
            }
        });
        var command = new Command(PerfChild.Verb, "Internal: runs one perf case for one side and prints a RESULT line.") { Hidden = true };
        command.Arguments.Add(side);
        command.Arguments.Add(caseId);
        command.SetAction(parse => PerfChild.Run(parse.GetValue(side)!, parse.GetValue(caseId)!));
        return command;
    }
}
