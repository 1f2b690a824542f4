using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Profiling;

namespace CustomerAtlas.Core.Tests.Profiling;

public class SegmentationExplainerTests
{
    // Three synthetic segments: lapsed (high recency, high churn), VIP (high spend and orders), new (low tenure).
    private static ExplanationInput Customers()
    {
        var rng = new Random(4);
        var rows = new List<double[]>();
        var labels = new List<int>();
        var churn = new List<double>();
        var gender = new List<string?>();
        for (int i = 0; i < 300; i++)
        {
            int s = i % 3;
            double recency = s == 0 ? 200 + (rng.NextDouble() * 100) : 10 + (rng.NextDouble() * 40);
            double orders = s == 1 ? 20 + rng.Next(10) : 2 + rng.Next(4);
            double spend = s == 1 ? 2000 + (rng.NextDouble() * 500) : 100 + (rng.NextDouble() * 200);
            double tenure = s == 2 ? 20 + (rng.NextDouble() * 40) : 400 + (rng.NextDouble() * 600);
            rows.Add([recency, orders, spend, tenure]);
            labels.Add(s);
            churn.Add(rng.NextDouble() < (s == 0 ? 0.6 : 0.1) ? 1 : 0);
            gender.Add(rng.NextDouble() < 0.5 ? "F" : "M");
        }

        var features = Matrix<double>.FromRows(rows);
        return new ExplanationInput(
            features,
            ["recency_days", "orders", "spend", "tenure_days"],
            labels.ToArray(),
            3,
            Standardize(features),
            Outcomes: new Dictionary<string, double[]> { ["Churn"] = churn.ToArray() },
            Protected: new Dictionary<string, string?[]> { ["gender"] = gender.ToArray() });
    }

    private static Matrix<double> Standardize(Matrix<double> m)
    {
        var result = m.Clone();
        for (int f = 0; f < m.Cols; f++)
        {
            double mean = Enumerable.Range(0, m.Rows).Average(i => m[i, f]);
            double sd = Math.Sqrt(Enumerable.Range(0, m.Rows).Average(i => (m[i, f] - mean) * (m[i, f] - mean)));
            for (int i = 0; i < m.Rows; i++)
            {
                result[i, f] = (m[i, f] - mean) / sd;
            }
        }

        return result;
    }

    [Fact]
    public void Explains_separable_segments_with_names_rules_actions_and_outcomes()
    {
        var explanation = new SegmentationExplainer().Explain(Customers());
        Assert.True(explanation.DiscriminantValidity.Accuracy > 0.95);
        Assert.True(explanation.TreeAccuracy > 0.95);
        Assert.Equal(3, explanation.Segments.Count);
        Assert.Equal(3, explanation.Segments.Select(s => s.Name).Distinct().Count());
        Assert.StartsWith("Lapsed", explanation.Segments[0].Name, StringComparison.Ordinal);
        Assert.Contains(explanation.Segments[0].Actions, a => a.Archetype == SegmentArchetype.WinBack);
        Assert.Contains(explanation.Segments[1].Actions, a => a.Archetype == SegmentArchetype.VipCare);
        Assert.Contains(explanation.Segments[2].Actions, a => a.Archetype == SegmentArchetype.NewCustomerOnboarding);
        Assert.All(explanation.Segments, s => Assert.NotNull(s.Rule));
        var churn = Assert.Single(explanation.Outcomes);
        Assert.True(churn.Report.PValue < 1e-6);
        Assert.True(churn.Report.Segments[0].Lift > 1.5);
        Assert.Single(explanation.Fairness);
        Assert.Equal(300, explanation.Confidence.Count);
        Assert.All(explanation.Narratives, n => Assert.Contains("Churn rate", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_input_gives_the_same_explanation()
    {
        var a = new SegmentationExplainer().Explain(Customers());
        var b = new SegmentationExplainer().Explain(Customers());
        Assert.Equal(a.Narratives, b.Narratives);
        Assert.Equal(a.Importances.Overall, b.Importances.Overall);
    }

    [Fact]
    public void Mismatched_inputs_are_reported_together()
    {
        var input = Customers() with { FeatureNames = ["a"], Labels = [0, 1] };
        var ex = Assert.Throws<ArgumentException>(() => new SegmentationExplainer().Explain(input));
        Assert.Equal("FeatureNames", ex.ParamName);
        Assert.Contains("Labels", ex.Message, StringComparison.Ordinal);
    }
}
