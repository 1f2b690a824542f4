using System.Globalization;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Pipeline.Automatic;
using Spectre.Console;

namespace CustomerAtlas.Cli.Automatic;

/// <summary>Prints the automatic search's leaderboard and choice to the console (like PyCaret's compare_models).</summary>
public static class LeaderboardPrinter
{
    /// <summary>Rows printed; the full board is in leaderboard.csv.</summary>
    public const int Rows = 15;

    /// <summary>Writes the leaderboard table and a one-line summary of the choice and its validation.</summary>
    public static void Print(IAnsiConsole console, AutoSegmentationResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Title("Automatic search leaderboard (all candidates: leaderboard.csv)");
        foreach (string column in new[] { "#", "candidate", "status", "k", "silhouette", "DB", "stability", "score" })
        {
            table.AddColumn(column);
        }

        foreach (var e in result.Selection.Leaderboard.Where(e => e.Status is not (CandidateStatus.Skipped or CandidateStatus.TimedOut)).Take(Rows))
        {
            table.AddRow(
                e.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(e.Candidate), e.Status.ToString(), F(e.K), F(e.Silhouette, "0.000"),
                F(e.DaviesBouldin, "0.00"), F(e.Stability, "0.00"), F(e.Score, "0.000"));
        }

        console.Write(table);
        var s = result.Selection;
        console.MarkupLineInterpolated(
            $"Chosen [bold]{s.Chosen.Description}[/]: {result.Explanation.Segments.Count} segments; {s.Leaderboard.Count} candidates in {s.Elapsed.TotalSeconds:0.0} s, {s.SkippedCount} left out by the {(s.TimeLimitReached ? "time limit" : "budget")}.");
        if (s.TimeLimitReached)
        {
            console.MarkupLine(
                "[yellow]The time limit stopped the search before its planned work was done: this choice depends on this machine's speed. "
                + "Raise --time-limit (or lower --budget) for the reproducible choice.[/]");
        }

        console.MarkupLineInterpolated(
            $"Discriminant validity {result.Explanation.DiscriminantValidity.Accuracy:P1}; stability {(s.Stability is { } st ? st.MeanAri.ToString("0.00", CultureInfo.InvariantCulture) : "not estimated")}; consensus agreement {(result.Consensus is { } c ? c.AgreementWithReference.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")}.");
        foreach (var segment in result.Explanation.Segments)
        {
            console.MarkupLineInterpolated($"  {segment.Segment}. [bold]{segment.Name}[/] ({segment.Share:P1}): {segment.Actions[0].Action}");
        }
    }

    private static string F(double? value, string format) => value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    private static string F(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
