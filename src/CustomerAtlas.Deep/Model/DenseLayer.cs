using System.Text.Json.Serialization;

namespace CustomerAtlas.Deep.Model;

/// <summary>
/// One fully connected layer of a saved encoder, in inference form: <c>y = W·x + b</c>, then
/// (optionally) batch normalisation with its running statistics, then (optionally) ReLU.
/// <see cref="Weight"/> is row-major [outputs × inputs], LibTorch's own layout.
/// </summary>
public sealed class DenseLayer
{
    /// <summary>Creates a layer; arrays are kept, not copied.</summary>
    [JsonConstructor]
    public DenseLayer(int inputs, int outputs, float[] weight, float[] bias, BatchNormStatistics? batchNorm, bool relu)
    {
        if (weight.Length != inputs * outputs || bias.Length != outputs)
        {
            throw new ArgumentException($"A {inputs}->{outputs} layer needs {inputs * outputs} weights and {outputs} biases.", nameof(weight));
        }

        Inputs = inputs;
        Outputs = outputs;
        Weight = weight;
        Bias = bias;
        BatchNorm = batchNorm;
        Relu = relu;
    }

    /// <summary>Input width.</summary>
    public int Inputs { get; }

    /// <summary>Output width.</summary>
    public int Outputs { get; }

    /// <summary>Weights, [outputs × inputs] row-major.</summary>
    public float[] Weight { get; }

    /// <summary>Biases, one per output.</summary>
    public float[] Bias { get; }

    /// <summary>Batch-norm statistics applied after the affine map, or null.</summary>
    public BatchNormStatistics? BatchNorm { get; }

    /// <summary>Whether ReLU follows.</summary>
    public bool Relu { get; }
}
