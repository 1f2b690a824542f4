using System.CommandLine;
using CustomerAtlas.Cli.Automatic;

namespace CustomerAtlas.Cli.Tests.Automatic;

public class AutomaticOptionsTests
{
    private static (AutomaticOptions Options, ParseResult Parse) Parse(string line)
    {
        var options = new AutomaticOptions();
        var command = new RootCommand();
        options.AddTo(command);
        return (options, command.Parse(line));
    }

    [Fact]
    public void Defaults_are_automatic_with_a_60_second_budget()
    {
        var (options, parse) = Parse(string.Empty);
        var bound = options.Bind(parse, k: null, seed: null, maxK: null)!;
        Assert.Equal(TimeSpan.FromSeconds(60), bound.Budget);
        Assert.Null(bound.TimeLimit);
        Assert.Equal(TimeSpan.FromSeconds(180), bound.EffectiveTimeLimit);
        Assert.Null(bound.MinSegmentShare);
        Assert.Null(bound.MaxK);
        Assert.Null(bound.Algorithm);
        Assert.Empty(bound.ProtectedAttributes);
    }

    [Fact]
    public void Every_option_is_bound()
    {
        var (options, parse) = Parse("--budget 5 --time-limit 40 --min-segment-share 0.05 --algorithm gmm --protected gender,SeniorCitizen");
        var bound = options.Bind(parse, k: 4, seed: 7, maxK: 8)!;
        Assert.Equal(TimeSpan.FromSeconds(5), bound.Budget);
        Assert.Equal(TimeSpan.FromSeconds(40), bound.EffectiveTimeLimit);
        Assert.Equal((0.05, 8, "gmm", 4, 7), (bound.MinSegmentShare!.Value, bound.MaxK, bound.Algorithm!, bound.K!.Value, bound.Seed!.Value));
        Assert.Equal(["gender", "SeniorCitizen"], bound.ProtectedAttributes);
    }

    [Fact]
    public void Manual_turns_automatic_mode_off()
    {
        var (options, parse) = Parse("--manual");
        Assert.Null(options.Bind(parse, null, null, 10));
    }

    [Theory]
    [InlineData("--budget 0", "--budget")]
    [InlineData("--time-limit 0", "--time-limit")]
    [InlineData("--time-limit -3", "--time-limit")]
    [InlineData("--algorithm kmeanz", "algorithm")]
    [InlineData("--min-segment-share 0.6", "min-segment-share")]
    public void Bad_values_name_the_option(string line, string parameter)
    {
        var (options, parse) = Parse(line);
        var ex = Assert.Throws<ArgumentException>(() => options.Bind(parse, null, null, 10));
        Assert.Equal(parameter, ex.ParamName);
    }
}
