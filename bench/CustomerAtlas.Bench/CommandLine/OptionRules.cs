using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace CustomerAtlas.Bench.CommandLine;

/// <summary>Option shapes the benches share: comma-separated lists and numeric lower bounds.</summary>
internal static class OptionRules
{
    /// <summary>
    /// An option taking a comma-separated list (<c>--only kmeans,pca</c>; repeating the option adds to it), each item
    /// parsed as <typeparamref name="T"/> with the invariant culture; an item that does not parse is a parse error naming it.
    /// </summary>
    public static Option<T[]> CommaList<T>(string name, string description, Func<T[]>? defaults = null, params string[] aliases)
        where T : IParsable<T>
    {
        var option = new Option<T[]>(name, aliases)
        {
            Description = description,
            HelpName = "a,b,...",
            CustomParser = result => ParseItems<T>(result),
        };
        if (defaults is not null)
        {
            option.DefaultValueFactory = _ => defaults();
        }

        return option;
    }

    /// <summary>Adds a check that every value is at least <paramref name="minimum"/>.</summary>
    public static Option<T> AtLeast<T>(this Option<T> option, T minimum)
        where T : INumber<T>
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<T>();
            if (value < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}, got {value}."));
            }
        });
        return option;
    }

    /// <summary>Adds a check that the value is above zero.</summary>
    public static Option<T> Positive<T>(this Option<T> option)
        where T : INumber<T>
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<T>();
            if (value <= T.Zero)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} needs a positive number, got {value}."));
            }
        });
        return option;
    }

    /// <summary>Adds a check that every item of a list is at least <paramref name="minimum"/>.</summary>
    public static Option<T[]> EachAtLeast<T>(this Option<T[]> option, T minimum)
        where T : INumber<T>
    {
        option.Validators.Add(result =>
        {
            var below = (result.GetValueOrDefault<T[]>() ?? []).Where(v => v < minimum).ToArray();
            if (below.Length > 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name}: every value must be at least {minimum}, got {below[0]}."));
            }
        });
        return option;
    }

    /// <summary>Adds a check that every item of a list is one of <paramref name="known"/>.</summary>
    public static Option<string[]> EachFrom(this Option<string[]> option, Func<IReadOnlyCollection<string>> known)
    {
        option.Validators.Add(result =>
        {
            var allowed = known();
            var unknown = (result.GetValueOrDefault<string[]>() ?? []).Where(v => !allowed.Contains(v)).ToArray();
            if (unknown.Length > 0)
            {
                result.AddError($"{option.Name}: unknown {string.Join(", ", unknown)}; known: {string.Join(", ", allowed)}.");
            }
        });
        return option;
    }

    private static T[]? ParseItems<T>(ArgumentResult result)
        where T : IParsable<T>
    {
        var items = new List<T>();
        foreach (var token in result.Tokens)
        {
            foreach (string part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!T.TryParse(part, CultureInfo.InvariantCulture, out var item))
                {
                    result.AddError($"'{part}' is not a valid {typeof(T).Name} in the list '{token.Value}'.");
                    return null;
                }

                items.Add(item);
            }
        }

        return [.. items];
    }
}
