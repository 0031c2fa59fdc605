def split_rows(rows: list, test_ratio: float, seed: int) -> tuple[list, list]:
    n_test = round(len(rows) * test_ratio)
    cut = len(rows) - n_test
    return list(rows[:cut]), list(rows[cut:])
