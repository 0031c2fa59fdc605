import matplotlib.pyplot as plt
import pandas as pd


def eda_dashboard(df: pd.DataFrame, target: str) -> plt.Figure:
    """2×2 dashboard: target histogram, top-|corr| feature scatter, missing counts, category counts."""
    fig, axes = plt.subplots(2, 2, figsize=(10, 8))
    ax_hist, ax_scatter, ax_missing, ax_cats = axes.ravel()

    # 1. the target's distribution
    ax_hist.hist(df[target].dropna(), bins=20, color="tab:blue", edgecolor="white")
    ax_hist.set_title(f"Distribution of {target}")
    ax_hist.set_xlabel(target)
    ax_hist.set_ylabel("count")

    # 2. the feature most (linearly) related to the target, by absolute correlation
    corr = df.corr(numeric_only=True)[target].drop(target)
    best = corr.abs().idxmax()
    pair = df[[best, target]].dropna()
    ax_scatter.scatter(pair[best], pair[target], s=12, alpha=0.6)
    ax_scatter.set_title(f"{target} vs {best} (r = {corr[best]:.2f})")
    ax_scatter.set_xlabel(best)
    ax_scatter.set_ylabel(target)

    # 3. missing values per column (zeros included)
    missing = df.isna().sum()
    ax_missing.bar([str(c) for c in missing.index], missing.to_numpy(), color="tab:orange")
    ax_missing.set_title("Missing values per column")
    ax_missing.set_ylabel("missing")
    ax_missing.tick_params(axis="x", rotation=45)

    # 4. balance of the first categorical column
    cat_col = next(c for c in df.columns if not pd.api.types.is_numeric_dtype(df[c]))
    counts = df[cat_col].value_counts()
    ax_cats.bar([str(v) for v in counts.index], counts.to_numpy(), color="tab:green")
    ax_cats.set_title(f"Counts of {cat_col}")
    ax_cats.set_ylabel("rows")

    fig.tight_layout()
    return fig
