using CustomerAtlas.Deep.Model;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Autoencoder;

/// <summary>
/// The DEC autoencoder: encoder d → hidden… → latent (linear), decoder mirroring it back to d
/// (linear output, since inputs are standardised and unbounded).
/// </summary>
internal sealed class DenseAutoencoder : nn.Module<Tensor, Tensor>
{
    private readonly DenseStack _encoder;
    private readonly DenseStack _decoder;

    public DenseAutoencoder(int features, AutoencoderOptions options)
        : base(nameof(DenseAutoencoder))
    {
        var hidden = LayerPlan.HiddenLayers(options, features);
        _encoder = new DenseStack("encoder", features, [.. hidden, options.LatentDimension], activateLast: false, options);
        _decoder = new DenseStack("decoder", options.LatentDimension, [.. hidden.Reverse(), features], activateLast: false, options);
        encoder = _encoder.Module;
        decoder = _decoder.Module;
        RegisterComponents();
    }

#pragma warning disable IDE1006, SA1300 // LibTorch registers submodules by field name.
    private readonly nn.Module<Tensor, Tensor> encoder;
    private readonly nn.Module<Tensor, Tensor> decoder;
#pragma warning restore IDE1006, SA1300

    /// <summary>Latent codes of a batch.</summary>
    public Tensor Encode(Tensor x) => encoder.forward(x);

    /// <summary>Reconstruction of latent codes.</summary>
    public Tensor Decode(Tensor z) => decoder.forward(z);

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => decoder.forward(encoder.forward(input));

    /// <summary>The trained encoder in inference form.</summary>
    public IReadOnlyList<DenseLayer> ExportEncoder() => _encoder.Export();
}
