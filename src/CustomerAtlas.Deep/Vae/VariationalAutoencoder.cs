using CustomerAtlas.Deep.Autoencoder;
using CustomerAtlas.Deep.Model;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Vae;

/// <summary>
/// A Gaussian VAE (Kingma &amp; Welling 2014): a hidden stack, then two linear heads for the mean
/// and log-variance of q(z|x); the decoder mirrors the hidden stack. Clustering uses the mean.
/// </summary>
internal sealed class VariationalAutoencoder : nn.Module<Tensor, Tensor>
{
    private readonly DenseStack _body;
    private readonly DenseStack _meanHead;

#pragma warning disable IDE1006, SA1300 // LibTorch registers submodules by field name.
    private readonly nn.Module<Tensor, Tensor> body;
    private readonly nn.Module<Tensor, Tensor> mean;
    private readonly nn.Module<Tensor, Tensor> logvar;
    private readonly nn.Module<Tensor, Tensor> decoder;
#pragma warning restore IDE1006, SA1300

    public VariationalAutoencoder(int features, AutoencoderOptions options)
        : base(nameof(VariationalAutoencoder))
    {
        var hidden = LayerPlan.HiddenLayers(options, features);
        _body = new DenseStack("body", features, hidden, activateLast: true, options);
        _meanHead = new DenseStack("mean", hidden[^1], [options.LatentDimension], activateLast: false, options);
        var logvarHead = new DenseStack("logvar", hidden[^1], [options.LatentDimension], activateLast: false, options);
        var decoderStack = new DenseStack("decoder", options.LatentDimension, [.. hidden.Reverse(), features], activateLast: false, options);
        body = _body.Module;
        mean = _meanHead.Module;
        logvar = logvarHead.Module;
        decoder = decoderStack.Module;
        RegisterComponents();
    }

    /// <summary>Reconstruction, latent mean and log-variance of a batch (sampling z by reparameterisation).</summary>
    public (Tensor Reconstruction, Tensor Mean, Tensor LogVariance) Run(Tensor x)
    {
        var h = body.forward(x);
        var mu = mean.forward(h);
        var logVariance = logvar.forward(h);
        var z = mu + (randn_like(mu) * (0.5 * logVariance).exp());
        return (decoder.forward(z), mu, logVariance);
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => Run(input).Reconstruction;

    /// <summary>The encoder of the latent mean in inference form.</summary>
    public IReadOnlyList<DenseLayer> ExportMeanEncoder() => [.. _body.Export(), .. _meanHead.Export()];
}
