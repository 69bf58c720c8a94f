#!/usr/bin/env python3
"""Drives kasird with the reference Python varlink client (pip package `varlink`).

Usage: varlink_conformance.py SOCKET_PATH
Exits 0 when every check passes; prints what failed otherwise.
"""
import sys

import varlink


def main(socket_path):
    address = "unix:" + socket_path
    failures = []

    def check(condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    with varlink.Client(address=address) as client:
        with client.open("org.varlink.service") as service:
            info = service.GetInfo()
            check(info["product"] == "kasird", "GetInfo names the product")
            interfaces = info["interfaces"]
            for name in ["org.varlink.service", "id.kasir.Catalog", "id.kasir.Sale", "id.kasir.Stock",
                         "id.kasir.Shift", "id.kasir.Admin"]:
                check(name in interfaces, "GetInfo lists " + name)
            for name in interfaces:
                text = service.GetInterfaceDescription(name)["description"]
                parsed = varlink.Interface(text)
                check(parsed.name == name, "the reference parser reads " + name)
            try:
                service.GetInterfaceDescription("id.kasir.Nothing")
                check(False, "an unknown interface is an error")
            except varlink.VarlinkError as error:
                check(error.error() == "org.varlink.service.InterfaceNotFound",
                      "an unknown interface is InterfaceNotFound")

        # The client builds its calls from the daemon's own interface description.
        with client.open("id.kasir.Catalog") as catalog:
            product = {"sku": "CONF-1", "name": "Teh celup isi 25", "unit": "pcs", "price": 7000,
                       "barcodes": ["8990000000013"], "taxClass": "ppn11"}
            reply = catalog.UpsertProduct(product)
            check(reply["product"]["sku"] == "CONF-1", "UpsertProduct returns the product")
            found = catalog.GetProduct("8990000000013")
            check(found["product"]["name"] == "Teh celup isi 25", "GetProduct finds it by barcode")
            check(found["product"]["price"] == 7000, "prices are integer rupiah")
            try:
                catalog.GetProduct("does-not-exist")
                check(False, "an unknown code is an error")
            except varlink.VarlinkError as error:
                check(error.error() == "id.kasir.Catalog.ProductNotFound",
                      "an unknown code is id.kasir.Catalog.ProductNotFound")
                check(error.parameters()["code"] == "does-not-exist", "the error names the code")

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
