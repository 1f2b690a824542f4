using System.Globalization;
using System.Text.Json;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Scoring;

namespace CustomerAtlas.Server.Api;

/// <summary>
/// Turns a <see cref="ScoreRequest"/> into a <see cref="ScoreBatch"/>, collecting every problem
/// (wrong shape, unknown or missing columns, values that are objects or arrays) as
/// ValidationProblem errors keyed by where they are.
/// </summary>
internal static class ScoreRequestReader
{
    private const int MaxRowErrors = 20;

    public static string PropertyName(ScoreInputKind kind) => kind switch
    {
        ScoreInputKind.Features => "features",
        ScoreInputKind.Raw => "raw",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ScoreBatch? TryRead(ScoreRequest? request, ISegmentScorer scorer, int maxRows, Dictionary<string, string[]> errors)
    {
        if (request is null || (request.Features is null) == (request.Raw is null))
        {
            errors["body"] = ["Send exactly one of \"features\" (customer feature rows) or \"raw\" (rows shaped like the fit's input)."];
            return null;
        }

        var kind = request.Features is not null ? ScoreInputKind.Features : ScoreInputKind.Raw;
        var rows = request.Features ?? request.Raw!;
        string property = PropertyName(kind);
        if (!scorer.SupportedKinds.Contains(kind))
        {
            errors[property] = [$"This model cannot score {property}; it accepts: {string.Join(", ", scorer.SupportedKinds.Select(PropertyName))}."];
            return null;
        }

        if (rows.Count == 0 || rows.Count > maxRows)
        {
            errors[property] = [$"Send between 1 and {maxRows} rows (got {rows.Count})."];
            return null;
        }

        var columns = scorer.ColumnsFor(kind);
        var known = new HashSet<string>(columns.Known, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            seen.UnionWith(row?.Keys ?? Enumerable.Empty<string>());
        }

        var unknown = seen.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            errors["columns"] = [$"Unknown column(s): {string.Join(", ", unknown)}. Known columns: {string.Join(", ", columns.Known)}."];
        }

        // Every known column goes to the scorer, absent ones as missing values, as an empty CSV cell would.
        var used = columns.Known;
        var batchRows = new List<string?[]>(rows.Count);
        for (int r = 0; r < rows.Count && errors.Count < MaxRowErrors; r++)
        {
            var row = rows[r];
            if (row is null)
            {
                errors[$"{property}[{r}]"] = ["A row must be a JSON object."];
                continue;
            }

            var missing = columns.Required.Where(c => !row.TryGetValue(c, out var v) || v.ValueKind == JsonValueKind.Null).ToArray();
            if (missing.Length > 0)
            {
                errors[$"{property}[{r}]"] = [$"Missing required column(s): {string.Join(", ", missing)}."];
            }

            var values = new string?[used.Count];
            for (int c = 0; c < used.Count; c++)
            {
                if (!row.TryGetValue(used[c], out var value))
                {
                    continue;
                }

                if (!TryText(value, out values[c]))
                {
                    errors[$"{property}[{r}].{used[c]}"] = [$"Expected a number, string, boolean or null, got {value.ValueKind}."];
                }
            }

            batchRows.Add(values);
        }

        return errors.Count > 0 ? null : new ScoreBatch(kind, used, batchRows);
    }

    private static bool TryText(JsonElement value, out string? text)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                text = null;
                return true;
            case JsonValueKind.String:
                text = value.GetString();
                return true;
            case JsonValueKind.Number:
                // The raw token keeps every digit the client sent; it is already invariant-culture JSON.
                text = value.GetRawText();
                return true;
            case JsonValueKind.True:
            case JsonValueKind.False:
                text = value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
                return true;
            default:
                text = null;
                return false;
        }
    }
}
