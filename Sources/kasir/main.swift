print("kasir")
