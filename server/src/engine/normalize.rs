//! Text normalisation with a map back to the original character offsets.
