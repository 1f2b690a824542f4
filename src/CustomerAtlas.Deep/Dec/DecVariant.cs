namespace CustomerAtlas.Deep.Dec;

/// <summary>Which loss drives the clustering phase.</summary>
public enum DecVariant
{
    /// <summary>DEC (Xie et al. 2016): KL(P‖Q) only; the decoder is dropped after pretraining.</summary>
    Dec,

    /// <summary>IDEC (Guo et al. 2017): reconstruction + γ·KL(P‖Q), keeping the local structure of the data.</summary>
    Idec,
}
