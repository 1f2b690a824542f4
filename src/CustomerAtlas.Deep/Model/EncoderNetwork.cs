using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Deep.Model;

/// <summary>
/// A saved encoder evaluated in plain C#: fitted deep models predict new customers without
/// loading LibTorch, so scoring and serving carry no native dependency. Training computes its
/// final labels through this same code, which keeps Predict(training data) equal to the
/// training labels bit for bit.
/// </summary>
public static class EncoderNetwork
{
    /// <summary>Encodes every row of <paramref name="data"/>; returns [rows × latent] row-major.</summary>
    public static float[] Encode(IReadOnlyList<DenseLayer> layers, Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(data);
        if (layers.Count == 0 || layers[0].Inputs != data.Cols)
        {
            throw new ArgumentException(
                $"The encoder expects {(layers.Count == 0 ? 0 : layers[0].Inputs)} features but the data has {data.Cols}.", nameof(data));
        }

        int widest = layers.Max(l => Math.Max(l.Inputs, l.Outputs));
        int latent = layers[^1].Outputs;
        var codes = new float[(long)data.Rows * latent];
        Parallel.For(0, data.Rows, () => (new float[widest], new float[widest]), (row, _, buffers) =>
        {
            var (input, output) = buffers;
            var source = data.RowReadOnly(row);
            for (int j = 0; j < source.Length; j++)
            {
                input[j] = (float)source[j];
            }

            int width = source.Length;
            foreach (var layer in layers)
            {
                Apply(layer, input.AsSpan(0, width), output.AsSpan(0, layer.Outputs));
                (input, output) = (output, input);
                width = layer.Outputs;
            }

            input.AsSpan(0, latent).CopyTo(codes.AsSpan(row * latent, latent));
            return (input, output);
        }, _ => { });
        return codes;
    }

    private static void Apply(DenseLayer layer, ReadOnlySpan<float> input, Span<float> output)
    {
        for (int o = 0; o < layer.Outputs; o++)
        {
            float v = TensorPrimitives.Dot(layer.Weight.AsSpan(o * layer.Inputs, layer.Inputs), input) + layer.Bias[o];
            if (layer.BatchNorm is { } bn)
            {
                v = (float)((v - bn.Mean[o]) / Math.Sqrt(bn.Variance[o] + bn.Epsilon) * bn.Gamma[o] + bn.Beta[o]);
            }

            output[o] = layer.Relu ? MathF.Max(0f, v) : v;
        }
    }
}
