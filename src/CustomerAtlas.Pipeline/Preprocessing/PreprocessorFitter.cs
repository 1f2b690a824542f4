using System.Globalization;

namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>
/// Learns the preprocessing of raw customer features: median imputation, log1p for skewed
/// non-negative money and counts, robust, z or shared-unit scaling, and removal of constant and
/// near-duplicate features. Every choice is recorded with its reason.
/// </summary>
public static class PreprocessorFitter
{
    /// <summary>Fits the preprocessing to <paramref name="features"/>.</summary>
    public static Preprocessor Fit(IReadOnlyList<RawFeature> features, PreprocessingOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var transforms = new List<FeatureTransform>();
        var transformed = new List<double[]>();
        var dropped = new List<DroppedFeature>();
        foreach (var f in features)
        {
            double impute = Stats.Median(f.Values);
            if (double.IsNaN(impute))
            {
                dropped.Add(new DroppedFeature(f.Name, "every value is missing"));
                continue;
            }

            var x = f.Values.Select(v => double.IsNaN(v) ? impute : v).ToArray();
            double min = x.Min();
            if (min == x.Max())
            {
                dropped.Add(new DroppedFeature(f.Name, "constant"));
                continue;
            }

            double skew = Stats.Skewness(x);
            bool log = f.IsAmountOrCount && min >= 0 && skew > options.SkewThreshold;
            if (log)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    x[i] = Math.Log(1 + x[i]);
                }
            }

            var (center, scale, method, scaling) = CenterAndScale(x, options);
            string reason = string.Create(CultureInfo.InvariantCulture,
                $"skewness {skew:0.00}{(log ? " > threshold: log1p" : string.Empty)}; {scaling}");
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = Math.Clamp((x[i] - center) / scale, -options.Clip, options.Clip);
            }

            var t = new FeatureTransform(f.Name, impute, log, method, center, scale, options.Clip, reason);
            string? twin = null;
            double r = 0;
            for (int k = 0; k < transformed.Count && twin is null; k++)
            {
                r = Stats.Correlation(transformed[k], x);
                if (Math.Abs(r) > options.DuplicateCorrelation)
                {
                    twin = transforms[k].Name;
                }
            }

            if (twin is not null)
            {
                dropped.Add(new DroppedFeature(f.Name, string.Create(CultureInfo.InvariantCulture, $"near-duplicate of '{twin}' (r = {r:0.000})")));
                continue;
            }

            transforms.Add(t);
            transformed.Add(x);
        }

        if (transforms.Count == 0)
        {
            throw new ArgumentException("No usable feature is left: every feature is constant or missing.", nameof(features));
        }

        return new Preprocessor(SharedUnit(transforms, options), dropped);
    }

    // Shared: every feature divided by the largest robust spread among the kept ones, so the features keep
    // their relative sizes. After near-duplicates are dropped, so a dropped copy cannot set the unit.
    private static List<FeatureTransform> SharedUnit(List<FeatureTransform> transforms, PreprocessingOptions options)
    {
        if (options.Scaling != ScalingMethod.Shared)
        {
            return transforms;
        }

        double largest = transforms.Max(t => t.Scale);
        return transforms.Select(t => t with { Scale = largest }).ToList();
    }

    // Centre and scale of one (imputed, possibly logged) non-constant feature, the method used and why.
    private static (double Center, double Scale, ScalingMethod Method, string Reason) CenterAndScale(double[] x, PreprocessingOptions options)
    {
        var (mean, std) = Stats.MeanStd(x);
        if (options.Scaling == ScalingMethod.Standard)
        {
            return (mean, std, ScalingMethod.Standard, "z-scaling");
        }

        var sorted = (double[])x.Clone();
        Array.Sort(sorted);
        double median = Stats.QuantileSorted(sorted, 0.5);
        double spread = RobustSpread.WinsorizedStd(sorted, options.RobustTailShare);
        string share = string.Create(CultureInfo.InvariantCulture, $"{options.RobustTailShare:0.##%}");
        // Shared starts from the robust centre and spread; SharedUnit then gives every feature the largest spread.
        if (options.Scaling == ScalingMethod.Shared)
        {
            return (median, spread > 0 ? spread : std, ScalingMethod.Shared,
                $"shared-unit scaling (median; every feature divided by the largest of the features' standard deviations winsorized at {share} per tail)");
        }

        return spread > 0
            ? (median, spread, ScalingMethod.Robust, $"robust scaling (median, standard deviation winsorized at {share} per tail)")
            : (median, std, ScalingMethod.Robust, $"robust scaling (median; winsorized at {share} per tail every value is equal: plain standard deviation)");
    }
}
