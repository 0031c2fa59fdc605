import matplotlib.pyplot as plt
import pandas as pd


def eda_dashboard(df: pd.DataFrame, target: str) -> plt.Figure:
    fig, axes = plt.subplots(2, 2)
    a, b, c, d = axes.ravel()
    a.hist(df[target].dropna(), bins=20)
    a.set_title("target")
    best = df.corr(numeric_only=True)[target].drop(target).abs().idxmax()
    pair = df[[best, target]].dropna()
    b.scatter(pair[best], pair[target])
    b.set_xlabel(best)
    b.set_title("best feature")
    present = df.count()                                  # counts present values, not missing ones
    c.bar([str(x) for x in present.index], present.to_numpy())
    c.set_title("missing")
    cat = next(col for col in df.columns if not pd.api.types.is_numeric_dtype(df[col]))
    counts = df[cat].value_counts()
    d.bar([str(x) for x in counts.index], counts.to_numpy())
    d.set_title("categories")
    return fig
