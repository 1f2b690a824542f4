using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// What the EM and variational mixtures share around their update steps: validation of the
/// iteration settings, the iterate-until-the-bound-settles loop, and the input check of their models.
/// </summary>
internal static class MixtureIterations
{
    /// <summary>Records problems with the settings both mixtures have.</summary>
    public static ParameterErrors RequireIterationSettings(
        this ParameterErrors errors, double tolerance, double regCovar, int maxIterations, int initCount, int maxDegreeOfParallelism) =>
        errors
            .Require(tolerance >= 0 && double.IsFinite(tolerance), "Tolerance", $"must be finite and >= 0, got {tolerance}")
            .Require(regCovar >= 0 && double.IsFinite(regCovar), "RegCovar", $"must be finite and >= 0, got {regCovar}")
            .Require(maxIterations >= 1, "MaxIterations", $"must be at least 1, got {maxIterations}")
            .Require(initCount >= 1, "InitCount", $"must be at least 1, got {initCount}")
            .Require(ParallelismCheck.IsValid(maxDegreeOfParallelism), "MaxDegreeOfParallelism", $"must be -1 or at least 1, got {maxDegreeOfParallelism}");

    /// <summary>
    /// Calls <paramref name="step"/> (one E- and M-step, returning the bound it reached) until the
    /// bound changes by less than <paramref name="tolerance"/> or <paramref name="maxIterations"/> is reached.
    /// </summary>
    public static (double Bound, double[] History, bool Converged) Iterate(
        int maxIterations, double tolerance, Func<double> step, CancellationToken cancellationToken)
    {
        var history = new List<double>();
        double bound = double.NegativeInfinity;
        bool converged = false;
        while (history.Count < maxIterations && !converged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double previous = bound;
            bound = step();
            history.Add(bound);
            converged = Math.Abs(bound - previous) < tolerance;
        }

        return (bound, [.. history], converged);
    }

    /// <summary>The data a fitted mixture can score: usable values and the fitted number of features.</summary>
    public static void EnsureScorable(Core.Data.Matrix<double> data, int featureCount)
    {
        DataChecks.EnsureUsable(data);
        if (data.Cols != featureCount)
        {
            throw new ArgumentException($"The model was fitted on {featureCount} features; the data has {data.Cols}.", nameof(data));
        }
    }
}
