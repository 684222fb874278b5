import json, verify as V
R = []
def add(f, line, quote, family, desc=None, nc=False, mutation=False):
    R.append(dict(file=f, line=line, quote=quote, family=family, desc=desc, nc=nc, mutation=mutation))
# h6-01
add('h6-01.txt',1,"44 xã /104 xã, tương ứng tỷ lệ 42,31%",'share',"44/104")
add('h6-01.txt',1,"29 xã, tỷ lệ 28%",'share',"29/104")
add('h6-01.txt',1,"28 xã, tỷ lệ 27%",'share',"28/104")
add('h6-01.txt',1,"3 xã, tỷ lệ 2,9%",'share',"3/104")
add('h6-01.txt',1,"lên 44 xã /104 xã",'sum',"44 + 29 + 28 + 3 (+ 0 'Không có') vs 104")
add('h6-01.txt',1,"16,13 tiêu chí",'average',nc=True)
add('h6-01.txt',1,"tăng 0,4 tiêu chí/xã so với năm 2017",'change',nc=True)
# h6-02
add('h6-02.txt',1,"4.806 xã (53,99%)",'share',nc=True)
add('h6-02.txt',1,"tăng 0,66% so tháng 10",'change',nc=True)
add('h6-02.txt',2,"15,66 tiêu chí/xã",'average',nc=True)
add('h6-02.txt',2,"chiếm khoảng 16,4%",'share',"111/664 vs khoảng 16,4 (w = 0,1 -> [16,3; 16,5])")
# h6-03
add('h6-03.txt',1,"tiếp hơn 3,5 ngàn lượt người",'sum',"2,87 ngàn + hơn 660 vs hơn 3,5 ngàn (hơn 3,5 ngàn = [3.500; 3.600], hơn 660 = [660; 670])")
add('h6-03.txt',2,"1.474 đơn đủ điều kiện xử lý",'sum',"420 + 26 + 1.028 vs 1.474")
add('h6-03.txt',2,"tăng hơn 690 đơn so với năm 2019",'change',nc=True)
add('h6-03.txt',3,"1.398/1.474 đơn, đạt tỷ lệ 94,84%",'share',"1.398/1.474")
add('h6-03.txt',3,"396 khiếu nại, 25 tố cáo và 977 kiến nghị",'sum',"396 + 25 + 977 vs 1.398")
add('h6-03.txt',3,"(24 khiếu nại, 1 tố cáo và 51 kiến nghị, phản ánh)",'sum',"24 + 1 + 51 vs 76")
add('h6-03.txt',3,"đang tiến hành thẩm tra, xác minh 76 đơn",'sum',"1.398 solved + 76 in progress vs 1.474")
add('h6-03-mut.txt',3,"396 khiếu nại, 25 tố cáo và 851 kiến nghị",'sum',"396 + 25 + 851 vs 1.398",mutation=True)
# h6-04
add('h6-04.txt',1,"giảm 723 lượt so với cùng kỳ (tương đương 35%)",'change',"723/(X + 723), X = hơn 1.300 = [1.300; 1.365] (w = 5% cap)")
add('h6-04.txt',2,"339/386 đơn thư, đạt tỷ lệ 87,8%",'share',"339/386")
add('h6-04-mut.txt',1,"giảm 723 lượt so với cùng kỳ (tương đương 41%)",'change',"723/(X + 723), X = [1.300; 1.365] vs 41%",mutation=True)
# h6-05
add('h6-05.txt',1,"cao hơn so với cùng kỳ năm trước 0,51%",'points',nc=True)
add('h6-05.txt',1,"cao hơn tăng trưởng tín dụng toàn ngành là 1,06%",'points',nc=True)
add('h6-05.txt',1,"đạt từ 18-20% theo kế hoạch đề ra",'plan',nc=True)
add('h6-05.txt',2,"36.804 tỷ đồng, tăng 10,73% so với cuối năm 2015",'change',nc=True)
add('h6-05.txt',2,"10.194 tỷ đồng, tăng 16,36%, chiếm tỷ trọng 24,9%/tổng dư nợ",'share',"10.194/36.804 (the 'Trong đó' part of the dư nợ stated in the same sentence group)")
add('h6-05.txt',2,"36.582 tỷ đồng, tăng 13,48%",'change',nc=True)
add('h6-05.txt',2,"từ 303 tỷ đồng, chiếm 0,83%/tổng dư nợ",'share',nc=True)
add('h6-05.txt',2,"xuống còn 288 tỷ đồng, chiếm 0,78%/tổng dư nợ",'share',"288/36.804")
add('h6-05-mut.txt',2,"xuống còn 331 tỷ đồng, chiếm 0,78%/tổng dư nợ",'share',"331/36.804 vs 0,78%",mutation=True)
# h6-06
add('h6-06.txt',1,"gần 486,6 tỷ đồng",'sum',"trên 2,6 + gần 20,6 + hơn 232 + hơn 123 + hơn 48 + trên 55,6 + hơn 4 vs gần 486,6 (= [486,5; 486,6])")
add('h6-06.txt',2,"tỷ lệ nợ quá hạn chiếm 0,16%",'share',"gần 820 triệu / gần 486,6 tỷ (reading 'tổng nguồn vốn vay' = the 'tổng dư nợ các nguồn vốn vay' of line 1)")
add('h6-06-mut.txt',1,"gần 563,8 tỷ đồng",'sum',"parts sum [485,7; 489,2] vs gần 563,8",mutation=True)
# h6-07
add('h6-07.txt',1,"14.844.857 người tham gia BHXH",'sum',"13.662.083 + 1.182.774 vs 14.844.857")
add('h6-07.txt',1,"đạt 83,89% kế hoạch",'plan',nc=True)
add('h6-07.txt',1,"87,33% dân số",'share',nc=True)
# h6-08
add('h6-08.txt',1,"đạt 98,31 kế hoạch BHXH Việt Nam giao",'plan',"plan = 1.427.535 + 24.515 (still needed, line 2) = 1.452.050; 1.427.535/1.452.050")
add('h6-08.txt',2,"Quế Sơn (100,12%)",'plan',nc=True)
add('h6-08-mut.txt',2,"cần phát triển để đạt kế hoạch BHXH Việt Nam giao là 28.931 người",'plan',"1.427.535/(1.427.535 + 28.931) vs 98,31",mutation=True)
# h6-09
add('h6-09.txt',3,"giảm 20,6% (77/97 vụ)",'change',"(97 - 77)/97")
add('h6-09.txt',3,"người bị thương tăng 2 người (4/2)",'change',"4 - 2 vs 2")
add('h6-09.txt',3,"giảm 30,1% (7,2/10,3 tỷ đồng)",'change',"(10,3 - 7,2)/10,3 over interval corners")
add('h6-09.txt',4,"số vụ cháy giảm 51,2%",'change',nc=True)
add('h6-09-mut.txt',3,"giảm 20,6% (77/112 vụ)",'change',"(112 - 77)/112 vs 20,6%",mutation=True)
# h6-10
add('h6-10.txt',1,"936 trang trại chăn nuôi",'sum',"163 + 773 (line 2) vs 936")
add('h6-10.txt',2,"163 trang trại lợn (13 trang trại quy mô lớn",'sum',"13 + 65 + 85 vs 163")
add('h6-10.txt',2,"773 trang trại gia cầm (202 trang trại quy mô vừa, 571 trang trại quy mô nhỏ)",'sum',"202 + 571 vs 773")
add('h6-10.txt',4,"ước đạt 8.679,89 tấn",'sum',nc=True)
add('h6-10.txt',4,"tăng 5,43% so cùng kỳ",'change',nc=True)
add('h6-10.txt',5,"thịt lợn đạt 25.261,15 tấn",'sum',nc=True)
# h6-11
add('h6-11.txt',4,"chiếm tỷ trọng 54,6%",'sum',"54,6 + 33,1 + 5,4 + 2,6 + 4,3 vs 100%")
add('h6-11.txt',3,"với 26,6 tỷ kWh",'sum',nc=True)
add('h6-11.txt',2,"82,2 tỷ kWh, tăng 8,78%",'change',nc=True)
add('h6-11-mut.txt',4,"quản lý tiêu dùng chiếm 38,4%",'sum',"54,6 + 38,4 + 5,4 + 2,6 + 4,3 vs 100%",mutation=True)
# h6-12
add('h6-12.txt',3,"2.248.671 lượt người",'sum',"1.986.344 (overnight) + 262.327 (same-day) vs 2.248.671")
add('h6-12-mut.txt',3,"2.608.458 lượt người",'sum',"1.986.344 + 262.327 vs 2.608.458",mutation=True)
# h6-13
add('h6-13.txt',1,"879.705 thí sinh dự thi",'sum',"810.382 + 69.323 vs 879.705")
add('h6-13.txt',2,"Tỷ lệ tốt nghiệp chung toàn quốc đạt 97,57%",'average',"(810.382 x 98,36% + 69.323 x 88,37%)/879.705, weighted average")
add('h6-13-mut.txt',2,"GDTX đạt 76,14%",'average',"(810.382 x 98,36% + 69.323 x 76,14%)/879.705 vs 97,57%",mutation=True)
# h6-14
add('h6-14.txt',1,"giảm 3,51% so với năm 2018 (97,57%)",'points',"97,57 - 94,06 (percentage points, written '%')")
add('h6-14.txt',2,"giảm 0,63% so với năm 2018",'points',nc=True)
add('h6-14.txt',2,"giảm 25,32% so với năm ngoái",'points',nc=True)
add('h6-14.txt',3,"giảm 2,13% so với năm 2018",'points',nc=True)
add('h6-14-mut.txt',1,"giảm 4,07% so với năm 2018 (97,57%)",'points',"97,57 - 94,06 vs 4,07",mutation=True)
# h6-15
add('h6-15.txt',2,"đóng góp 8,5 điểm %",'points',"8,5 + 0,5 + 0,1 - 0,7 vs IIP growth 8,4% (line 1)")
add('h6-15-mut.txt',2,"đóng góp 7,3 điểm %",'points',"7,3 + 0,5 + 0,1 - 0,7 vs 8,4",mutation=True)
# h6-16
add('h6-16.txt',1,"1980 lao động, chiếm 57,77 %",'share',"1980/3.427 (exact counts; correct rounding would be 57,78)")
add('h6-16.txt',1,"3395 người, chiếm 99,09 %",'share',"3395/3.427")
add('h6-16.txt',1,"28 người, chiếm 0,8 %",'share',"28/3.427")
add('h6-16.txt',1,"3 người, chiếm 0,08 %",'share',"3/3.427 (correct rounding 0,09)")
add('h6-16.txt',1,"1 người, chiếm 0,03 %",'share',"1/3.427")
add('h6-16.txt',1,"Cơ cấu các dân tộc: Dân tộc Thái 3395 người",'sum',"3395 + 28 + 3 + 1 vs 3.427")
add('h6-16.txt',2,"hộ nghèo cao chiếm 26,58 %",'share',nc=True)
add('h6-16-mut.txt',1,"28 người, chiếm 0,7 %",'share',"28/3.427 vs 0,7",mutation=True)

def f4(x): 
    s=('%.4f'%float(x)).rstrip('0').rstrip('.'); return s
out=[]
for r in R:
    rec={k:r[k] for k in ('file','line','quote','family')}
    key='%s|%d|%s'%(r['file'],r['line'],r['quote'])
    if r['nc']:
        rec['verdict']='not checkable'
    else:
        res=V.evaluate(key)
        rec['verdict']='holds' if res['holds'] else 'fails'
        rng = f4(res['lo']) if res['lo']==res['hi'] else '[%s; %s]'%(f4(res['lo']),f4(res['hi']))
        st = f4(res['slo']) if res['slo']==res['shi'] else '[%s; %s]'%(f4(res['slo']),f4(res['shi']))
        rec['computation']='%s = %s (central %s) vs stated %s -> %s'%(r['desc'],rng,f4(res['centre']),st,rec['verdict'])
        if res['marginal']: rec['marginal']=True
    if r['mutation']: rec['mutation']=True
    out.append(rec)
json.dump(out,open('FACTS.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))
for r in out:
    if r['verdict']!='not checkable': print(r['file'],r['line'],r['verdict'],r.get('marginal',''),'|',r['computation'][:150])
