using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Deep.Model;

/// <summary>
/// A trained encoder (autoencoder or the mean head of a VAE) that maps customers into the
/// latent space; any algorithm of the library can cluster its output.
/// </summary>
public sealed class LatentEncoder
{
    /// <summary>Wraps trained layers (input side first).</summary>
    [JsonConstructor]
    public LatentEncoder(IReadOnlyList<DenseLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0)
        {
            throw new ArgumentException("An encoder needs at least one layer.", nameof(layers));
        }

        for (int i = 1; i < layers.Count; i++)
        {
            if (layers[i].Inputs != layers[i - 1].Outputs)
            {
                throw new ArgumentException($"Layer {i} takes {layers[i].Inputs} inputs but layer {i - 1} gives {layers[i - 1].Outputs}.", nameof(layers));
            }
        }

        Layers = layers;
    }

    /// <summary>The layers, input side first.</summary>
    public IReadOnlyList<DenseLayer> Layers { get; }

    /// <summary>Number of input features.</summary>
    [JsonIgnore]
    public int Inputs => Layers[0].Inputs;

    /// <summary>Size of the latent code.</summary>
    [JsonIgnore]
    public int LatentDimension => Layers[^1].Outputs;

    /// <summary>Latent codes of every row, [rows × latent] row-major float32.</summary>
    public float[] Encode(Matrix<double> data) => EncoderNetwork.Encode(Layers, data);

    /// <summary>Latent codes as a matrix, ready for any clustering algorithm.</summary>
    public Matrix<double> Transform(Matrix<double> data)
    {
        var codes = Encode(data);
        var values = new double[codes.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            values[i] = codes[i];
        }

        return new Matrix<double>(data.Rows, LatentDimension, values);
    }
}
