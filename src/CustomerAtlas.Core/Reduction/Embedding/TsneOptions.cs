using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>Options of <see cref="Tsne"/> (2-D maps of customers).</summary>
public sealed record TsneOptions
{
    /// <summary>Rows up to which <see cref="TsneMethod.Auto"/> computes forces exactly.</summary>
    public const int ExactMaxRows = 500;

    /// <summary>
    /// Effective number of neighbours each row's Gaussian is tuned to. Default 30 (the common
    /// default of van der Maaten's and scikit-learn's implementations). Must be below the row count.
    /// </summary>
    public double Perplexity { get; init; } = 30;

    /// <summary>
    /// Gradient steps in total. Default 750: 250 with early exaggeration, then 500 (openTSNE's
    /// schedule), which settles maps of a few thousand rows.
    /// </summary>
    public int Iterations { get; init; } = 750;

    /// <summary>Steps at the start with attractions multiplied by <see cref="EarlyExaggeration"/>. Default 250.</summary>
    public int ExaggerationIterations { get; init; } = 250;

    /// <summary>Early exaggeration factor. Default 12 (scikit-learn's): lets clusters form and separate early.</summary>
    public double EarlyExaggeration { get; init; } = 12;

    /// <summary>
    /// Step size; null (default) = max(n / EarlyExaggeration / 4, 50), the rule of Belkina et al. (2019)
    /// that scikit-learn adopted, which keeps large maps from stalling.
    /// </summary>
    public double? LearningRate { get; init; }

    /// <summary>Force computation. Default <see cref="TsneMethod.Auto"/>.</summary>
    public TsneMethod Method { get; init; } = TsneMethod.Auto;

    /// <summary>
    /// Barnes–Hut accuracy: a quadtree cell is summarised by its centre of mass when its width over
    /// its distance is below this. Default 0.5 (the usual trade-off); 0 is exact but slow. At most 0.7.
    /// </summary>
    public double Theta { get; init; } = 0.5;

    /// <summary>Training rows averaged to place a new row in <see cref="TsneModel.Transform"/>. Default 5.</summary>
    public int TransformNeighbors { get; init; } = 5;

    /// <summary>
    /// Starting layout. Default <see cref="TsneInit.Pca"/>: the first two principal components keep the
    /// global arrangement of the data and make runs repeatable without depending on a seed.
    /// </summary>
    public TsneInit Init { get; init; } = TsneInit.Pca;

    /// <summary>Random seed for <see cref="TsneInit.Random"/>. Default null = <see cref="Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Most threads to use; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(double.IsFinite(Perplexity) && Perplexity >= 1, nameof(Perplexity), $"must be at least 1 (got {Perplexity})")
            .Require(Iterations >= 1, nameof(Iterations), $"must be at least 1 (got {Iterations})")
            .Require(ExaggerationIterations >= 0 && ExaggerationIterations <= Iterations, nameof(ExaggerationIterations),
                $"must be between 0 and Iterations (got {ExaggerationIterations})")
            .Require(double.IsFinite(EarlyExaggeration) && EarlyExaggeration >= 1, nameof(EarlyExaggeration), $"must be at least 1 (got {EarlyExaggeration})")
            .Require(LearningRate is null || (double.IsFinite(LearningRate.Value) && LearningRate.Value > 0), nameof(LearningRate),
                $"must be positive (got {LearningRate})")
            .Require(Enum.IsDefined(Init), nameof(Init), $"unknown init {Init}")
            .Require(Enum.IsDefined(Method), nameof(Method), $"unknown method {Method}")
            .Require(Theta >= 0 && Theta <= 0.7, nameof(Theta), $"must be in [0, 0.7] (got {Theta})")
            .Require(TransformNeighbors >= 1, nameof(TransformNeighbors), $"must be at least 1 (got {TransformNeighbors})")
            .Require(ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism),
                $"must be -1 (all cores) or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
