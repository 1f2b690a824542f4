using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Explanation.DecisionTree;
using CustomerAtlas.Core.Profiling;

namespace CustomerAtlas.Core.Tests.Profiling;

public class ProfilingTests
{
    private static SegmentDriver Driver(string name, double d, double importance = 0) =>
        new(name, 0, FeatureRoles.Recognize(name), d, importance);

    [Theory]
    [InlineData("recency_days", FeatureRole.Recency)]
    [InlineData("Recency", FeatureRole.Recency)]
    [InlineData("NumDealsPurchases", FeatureRole.Discount)]
    [InlineData("NumWebPurchases", FeatureRole.Frequency)]
    [InlineData("orders", FeatureRole.Frequency)]
    [InlineData("MonthlyCharges", FeatureRole.Monetary)]
    [InlineData("MntWines", FeatureRole.Monetary)]
    [InlineData("tenure", FeatureRole.Tenure)]
    [InlineData("Kidhome", FeatureRole.Other)]
    public void Roles_are_recognised_from_names(string name, FeatureRole role) =>
        Assert.Equal(role, FeatureRoles.Recognize(name));

    [Fact]
    public void Overrides_win_over_names() =>
        Assert.Equal([FeatureRole.Monetary, FeatureRole.Tenure],
            FeatureRoles.Recognize(["x", "tenure"], new Dictionary<string, FeatureRole> { ["x"] = FeatureRole.Monetary }));

    [Fact]
    public void Drivers_keep_real_effects_strongest_first()
    {
        var drivers = SegmentDrivers.For(["a", "b", "c", "d"], new FeatureRole[4], [0.1, -1.2, 0.9, 0.4], [0, 0, 0.5, 0]);
        Assert.Equal(["c", "b", "d"], drivers.Select(d => d.Feature));
        Assert.Equal("lower", drivers[1].Direction);
    }

    [Fact]
    public void Names_come_from_drivers_and_are_unique()
    {
        IReadOnlyList<SegmentDriver>[] drivers =
        [
            [Driver("MonthlyCharges", 1.4), Driver("last_visit", -0.6)],
            [Driver("MonthlyCharges", 1.1), Driver("last_visit", -0.4), Driver("tenure", 0.5)],
            [Driver("MonthlyCharges", 1.2), Driver("last_visit", -0.7)],
            [],
        ];
        var names = SegmentNamer.Name(drivers);
        Assert.Equal("Very high monthly charges, low last visit", names[0]);
        Assert.Equal("Very high monthly charges, low last visit, high tenure", names[1]);
        Assert.Equal("Very high monthly charges, low last visit (2)", names[2]);
        Assert.Equal("Typical customers", names[3]);
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Fact]
    public void Transaction_features_use_their_own_words() =>
        Assert.Equal(["Lapsed, one-time", "High-value, recent"],
            SegmentNamer.Name([[Driver("recency_days", 1.5), Driver("frequency", -1.0)], [Driver("monetary_total", 1.8), Driver("recency_days", -0.5)]]));

    [Fact]
    public void One_hot_drivers_read_as_shares() =>
        Assert.Equal("Mostly contract month-to-month, few internet service no",
            SegmentNamer.Name([[Driver("Contract=Month-to-month", 1.2), Driver("InternetService=No", -0.8)]])[0]);

    [Theory]
    [InlineData("recency_days", "recency days")]
    [InlineData("MntWines", "mnt wines")]
    [InlineData("total.spend", "total spend")]
    public void Feature_names_are_humanized(string raw, string readable) => Assert.Equal(readable, SegmentNamer.Humanize(raw));

    private static readonly string[] Names = ["recency_days", "orders", "spend", "tenure_days", "discount_share"];
    private static readonly FeatureRole[] Roles = FeatureRoles.Recognize(Names);

    [Fact]
    public void Lapsed_segments_get_win_back()
    {
        var actions = ActionRules.Suggest(Names, Roles, [1.2, -0.2, 0.1, 0.2, 0]);
        var action = Assert.Single(actions);
        Assert.Equal(SegmentArchetype.WinBack, action.Archetype);
        Assert.Contains("recency_days +1.20 SD", action.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Active_big_spenders_get_vip_care_but_lapsed_ones_do_not()
    {
        Assert.Equal([SegmentArchetype.VipCare], ActionRules.Suggest(Names, Roles, [-0.4, 0.9, 1.5, 0.3, -0.2]).Select(a => a.Archetype));
        Assert.Equal([SegmentArchetype.WinBack], ActionRules.Suggest(Names, Roles, [0.9, 0.9, 1.5, 0.3, -0.2]).Select(a => a.Archetype));
    }

    [Fact]
    public void Young_discount_hunters_get_onboarding_and_discount_actions()
    {
        var archetypes = ActionRules.Suggest(Names, Roles, [-0.2, -0.6, -0.7, -1.1, 0.8]).Select(a => a.Archetype);
        Assert.Equal([SegmentArchetype.NewCustomerOnboarding, SegmentArchetype.DiscountSensitive, SegmentArchetype.Nurture], archetypes);
    }

    [Fact]
    public void Average_segments_are_maintained()
    {
        var action = Assert.Single(ActionRules.Suggest(Names, Roles, [0.1, 0.1, -0.1, 0, 0.2]));
        Assert.Equal(SegmentArchetype.Maintain, action.Archetype);
    }

    [Fact]
    public void Narrative_cites_the_evidence_deterministically()
    {
        var rule = new SegmentRule(0, [new RuleCondition(0, "recency_days", 90, double.PositiveInfinity)], 100, 90, 0.9, 0.9);
        var evidence = new SegmentEvidence(
            0,
            "Very high recency days",
            1234,
            0.2,
            [Driver("recency_days", 1.6, 0.3), Driver("orders", -0.5)],
            rule,
            [new OutcomeFigure("Churn", true, 0.45, 0.265, 1.7, 1e-9)],
            0.82,
            0.61,
            ActionRules.Suggest(Names, Roles, [1.6, -0.5, 0, 0, 0]));
        string text = NarrativeWriter.Write(evidence);
        Assert.Equal(text, NarrativeWriter.Write(evidence));
        Assert.StartsWith("\"Very high recency days\" holds 1,234 customers (20.0 %).", text, StringComparison.Ordinal);
        Assert.Contains("far higher recency days (+1.6 SD) and somewhat lower orders (-0.5 SD)", text, StringComparison.Ordinal);
        Assert.Contains("The rule \"recency_days > 90\" covers 90 % of them with 90 % precision.", text, StringComparison.Ordinal);
        Assert.Contains("Churn rate is 45.0 % against 26.5 % overall (lift 1.70; a significant difference across segments, p = < 0.001)", text, StringComparison.Ordinal);
        Assert.Contains("stable under resampling (Jaccard 0.82)", text, StringComparison.Ordinal);
        Assert.Contains("Suggested: Win-back campaign, because their last purchase", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Centroid_margin_is_zero_halfway_and_high_inside()
    {
        // Segment centroids at 0 and 10; rows at 0 and 10 sit on them, row at 5 halfway (but labelled 0).
        var data = new Matrix<double>(5, 1, [-1, 1, 5, 9, 11]);
        int[] labels = [0, 0, 0, 1, 1];
        var confidence = AssignmentConfidence.FromCentroidMargin(data, labels, 2);
        var c0 = 5.0 / 3;
        Assert.Equal(1 - (Math.Abs(-1 - c0) / 11), confidence[0], 1e-12);
        Assert.Equal(1 - ((5 - c0) / 5), confidence[2], 1e-12);
        Assert.All(confidence, v => Assert.InRange(v, 0, 1));
        Assert.Equal(0, AssignmentConfidence.FromCentroidMargin(data, [0, 0, -1, 1, 1], 2)[2]);
    }

    [Fact]
    public void Margin_from_distances_handles_noise_ties_and_a_single_segment()
    {
        // Row 0: own 1, nearest other 4 → 0.75; row 1 tied → 0; row 2 noise → 0; row 3 nearer another → 0.
        var distances = new Matrix<double>(4, 3, [1, 4, 6, 2, 2, 9, 1, 1, 1, 5, 3, 8]);
        Assert.Equal([0.75, 0, 0, 0], AssignmentConfidence.FromDistances(distances, [0, 1, -1, 0]));
        Assert.Equal([0.0], AssignmentConfidence.FromDistances(new Matrix<double>(1, 1, [2]), [0]));
    }

    [Fact]
    public void Posterior_confidence_is_the_assigned_probability()
    {
        var posteriors = new Matrix<double>(2, 2, [0.7, 0.3, 0.1, 0.9]);
        Assert.Equal([0.7, 0.9], AssignmentConfidence.FromPosteriors(posteriors, [0, 1]));
    }
}
