using System.Text.Json.Serialization;

namespace CustomerAtlas.Deep.Model;

/// <summary>Inference-time batch normalisation: <c>(x − mean) / sqrt(var + eps) · gamma + beta</c>.</summary>
/// <remarks>Creates the statistics; arrays are kept, not copied.</remarks>
[method: JsonConstructor]
public sealed class BatchNormStatistics(float[] mean, float[] variance, float[] gamma, float[] beta, double epsilon)
{
    /// <summary>Running mean per unit.</summary>
    public float[] Mean { get; } = mean;

    /// <summary>Running variance per unit.</summary>
    public float[] Variance { get; } = variance;

    /// <summary>Learned scale per unit.</summary>
    public float[] Gamma { get; } = gamma;

    /// <summary>Learned shift per unit.</summary>
    public float[] Beta { get; } = beta;

    /// <summary>The epsilon added to the variance.</summary>
    public double Epsilon { get; } = epsilon;
}
