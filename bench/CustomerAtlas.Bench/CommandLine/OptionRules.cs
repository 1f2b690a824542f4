using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace CustomerAtlas.Bench.CommandLine;

/// <summary>
/// Option shapes the benches share: numbers with a lower bound and comma-separated lists. Bounds are checked while
/// parsing (not in a validator) so that a value that does not convert and a value out of range both end as one
/// parse error naming the option.
/// </summary>
internal static class OptionRules
{
    /// <summary>A number option (invariant culture) that must be at least <paramref name="minimum"/>, or above it when <paramref name="exclusive"/>.</summary>
    public static Option<T> Number<T>(string name, string description, T defaultValue, T minimum, bool exclusive = false)
        where T : INumber<T>
    {
        return new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (!T.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"{name}: '{text}' is not a number.");
                    return defaultValue;
                }

                if (exclusive ? value <= minimum : value < minimum)
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be {(exclusive ? "above" : "at least")} {minimum}, got {text}."));
                }

                return value;
            },
        };
    }

    /// <summary>
    /// An option taking a comma-separated list (<c>--only kmeans,pca</c>; repeating the option adds to it), each item
    /// parsed as <typeparamref name="T"/> with the invariant culture; <paramref name="problem"/>, when given, returns what
    /// is wrong with an item (null when it is fine). Without <paramref name="defaults"/> an absent option reads as an
    /// empty list; <see cref="ValueIfGiven{T}"/> tells it apart from an explicit one.
    /// </summary>
    public static Option<T[]> CommaList<T>(
        string name, string description, Func<T[]>? defaults = null, Func<T, string?>? problem = null, params string[] aliases)
        where T : IParsable<T>
    {
        var option = new Option<T[]>(name, aliases)
        {
            Description = description,
            HelpName = "a,b,...",
            CustomParser = result => ParseItems(result, name, problem),
        };
        if (defaults is not null)
        {
            option.DefaultValueFactory = _ => defaults();
        }

        return option;
    }

    /// <summary>The list given on the command line, or null when the option was not given.</summary>
    public static T[]? ValueIfGiven<T>(this ParseResult parse, Option<T[]> option) =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option) : null;

    /// <summary>A <see cref="CommaList{T}"/> check accepting only the names in <paramref name="known"/> (read when parsing).</summary>
    public static Func<string, string?> OneOf(Func<IEnumerable<string>> known) =>
        item => known().Contains(item) ? null : $"unknown '{item}'; known: {string.Join(", ", known())}";

    /// <summary>A <see cref="CommaList{T}"/> check that each item is at least <paramref name="minimum"/>.</summary>
    public static Func<T, string?> AtLeast<T>(T minimum)
        where T : INumber<T> =>
        item => item < minimum ? string.Create(CultureInfo.InvariantCulture, $"every value must be at least {minimum}, got {item}") : null;

    private static T[] ParseItems<T>(ArgumentResult result, string name, Func<T, string?>? problem)
        where T : IParsable<T>
    {
        var items = new List<T>();
        foreach (var token in result.Tokens)
        {
            foreach (string part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!T.TryParse(part, CultureInfo.InvariantCulture, out var item))
                {
                    result.AddError($"{name}: '{part}' is not a valid {typeof(T).Name}.");
                }
                else if (problem?.Invoke(item) is { } wrong)
                {
                    result.AddError($"{name}: {wrong}.");
                }
                else
                {
                    items.Add(item);
                }
            }
        }

        return [.. items];
    }
}
