print("kasird")
